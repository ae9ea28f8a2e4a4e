namespace AllianceData.Query;

/// <summary>A dated claim: what happens or happened, when, and when it was reported.</summary>
/// <param name="Time">When the stated thing happens: the claim's time object, else its <c>when</c>.</param>
/// <param name="Claim">The claim.</param>
public sealed record TimelineEntry(TimeValue Time, Claim Claim)
{
    /// <summary>When the article reporting it was published.</summary>
    public PublicationDate Reported => Claim.Article.Published;

    /// <inheritdoc />
    public override string ToString() => $"{Time.Date} [{Time.Precision.ToString().ToLowerInvariant()}] {Claim}";
}
