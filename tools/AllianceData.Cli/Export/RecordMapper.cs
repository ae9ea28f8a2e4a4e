using System.Globalization;
using System.Linq;
using AllianceData.Query;

namespace AllianceData.Cli.Export;

/// <summary>Maps the typed model to the export records, field for field.</summary>
internal static class RecordMapper
{
    public static string Day(System.DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TimeRecord Time(TimeValue time) =>
        new(time.Date, Vocab.Token(time.Precision), Day(time.Start), Day(time.End), time.Expression);

    public static QuantityRecord Quantity(QuantityValue quantity) =>
        new(quantity.Amount, Vocab.Token(quantity.Unit), Vocab.Token(quantity.Bound), quantity.Item, quantity.Expression);

    public static ValueRecord Value(ClaimValue value) => value switch
    {
        EntityValue e => new ValueRecord("entity", e.Entity.Id, null, null, null),
        TimeValue t => new ValueRecord("time", null, Time(t), null, null),
        QuantityValue q => new ValueRecord("quantity", null, null, Quantity(q), null),
        TextValue t => new ValueRecord("text", null, null, null, t.Text),
        _ => throw new System.NotSupportedException(value.GetType().Name),
    };

    public static PublishedRecord Published(PublicationDate published) =>
        new(published.Date.Date, Vocab.Token(published.Date.Precision), Day(published.Date.Start), Day(published.Date.End), published.Date.Expression, published.IsInferred, published.Basis);

    public static ArticleRecord Article(Article a) => new(
        "article",
        a.Id,
        a.FileName,
        a.Title,
        a.Url,
        a.Publisher?.Id,
        a.PublisherNote,
        a.Cites.Select(o => o.Id).ToArray(),
        Published(a.Published),
        a.BodyStart,
        a.BodyEnd,
        a.Mentions.Select(e => e.Id).ToArray(),
        a.Text);

    public static OrganizationRecord Organization(Organization o) => new(
        "organization", o.Id, o.Name, o.Aliases.ToArray(), Vocab.Token(o.Kind), o.Country, o.Parent?.Id, o.ReportsTo.Select(r => r.Id).ToArray(), o.Description);

    public static PersonRecord Person(Person p) => new(
        "person", p.Id, p.Name, p.Aliases.ToArray(), p.Country, p.Roles.Select(r => new RoleRecord(r.Title, r.Organization?.Id)).ToArray(), p.Description);

    public static PlaceRecord Place(Place p) => new(
        "place", p.Id, p.Name, p.Aliases.ToArray(), Vocab.Token(p.Kind), p.Country, p.Within?.Id, p.Description);

    public static PredicateRecord Predicate(Predicate p) => new(
        "predicate", p.Id, p.Label, p.Description, Vocab.Token(p.ObjectKind), p.IsSingleValued);

    public static ClaimRecord Claim(Claim c) => new(
        "claim",
        c.Id,
        c.Article.Id,
        c.LocalId,
        c.Subject.Id,
        c.Predicate.Id,
        Value(c.Object),
        Vocab.Token(c.Modality),
        c.Attribution is null ? null : new AttributionRecord(c.Attribution.Source?.Id, c.Attribution.Via),
        c.When is null ? null : Time(c.When),
        c.Where?.Id,
        c.Note,
        c.Evidence.Select(e => new EvidenceRecord(e.Quote, e.Start, e.End, e.Prefix, e.Suffix, e.Occurrence)).ToArray());

    public static FactRecord Fact(Fact f) => new(
        "fact",
        f.Subject.Id,
        f.Predicate.Id,
        Value(f.Object),
        f.Claims.Select(c => c.Id).ToArray(),
        f.Articles.Select(a => a.Id).ToArray(),
        f.Sources.Select(s => new SourceRecord(s.Key, s.Name, s.Entity?.Id, s.Article?.Id)).ToArray(),
        f.IndependentSourceCount,
        f.IsCorroborated);

    public static ConflictRecord Conflict(Conflict c) => new(
        "conflict",
        c.Subject.Id,
        c.Predicate.Id,
        Kind(c.Kind),
        c.Claims.Select(x => x.Id).ToArray(),
        c.Pairs.Select(p => new ConflictPairRecord(p.Earlier.Id, p.Later.Id, Kind(p.Kind), p.Explanation)).ToArray(),
        c.Explanation);

    public static TimelineRecord Timeline(TimelineEntry entry) =>
        new("timeline-entry", Time(entry.Time), Published(entry.Reported), Claim(entry.Claim));

    private static string Kind(ConflictKind kind) => kind == ConflictKind.Evolution ? "evolution" : "contradiction";
}
