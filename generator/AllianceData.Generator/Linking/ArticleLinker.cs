using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// Links one article against its dataset's <see cref="RegistryIndex"/>: resolves every reference,
/// locates every evidence quote in the text, and reports what does not fit. Depends on nothing but
/// the article's two files and the registries, so the pipeline re-runs it for the articles that changed.
/// </summary>
internal sealed class ArticleLinker
{
    private readonly string _id;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly ReferenceResolver _resolver;
    private readonly LinkScratch _scratch;

    private ArticleLinker(string id, RegistryIndex registries, LinkScratch scratch)
    {
        _id = id;
        _scratch = scratch;
        _resolver = new ReferenceResolver(registries, _diagnostics, scratch);
    }

    public static ArticleResult Link(ArticleInput input, RegistryIndex registries)
    {
        var annotation = input.Annotation.Annotation!;
        var text = input.Text.ArticleText!;
        var scratch = LinkScratch.Take();
        var linker = new ArticleLinker(input.Id, registries, scratch);
        var fileLocation = LocationInfo.StartOf(input.Annotation.Path);
        var handle = annotation.Handle?.Value ?? HandleNames.ForArticle(input.Id);
        var (spec, checkedClaims) = linker.LinkArticle(handle, Path.GetFileName(input.Text.Path), annotation, text, input.Text.TextResource, registries);
        var hasErrors = linker._diagnostics.Any(d => d.IsError) || input.Annotation.Diagnostics.Any(d => d.IsError) || input.Text.Diagnostics.Any(d => d.IsError);
        var summary = new ArticleSummary(
            input.Target,
            spec.Id,
            spec.Handle,
            annotation.Handle?.Location ?? fileLocation,
            annotation.Handle is not null,
            spec.Title,
            spec.Published.Date.Date,
            spec.Claims.Count,
            input.Target.Utf8Literals ? 0 : Emitting.ArticlePayloadWriter.Length(spec)); // per article, so an edit re-measures one payload
        var compared = EquatableArray.Builder<ComparedClaim>(checkedClaims.Count);
        var claimLocations = EquatableArray.Builder<LocationInfo>(checkedClaims.Count);
        foreach (var (claim, location) in checkedClaims)
        {
            compared.Add(new ComparedClaim(claim.Id, claim.Subject, claim.Predicate, claim.Object));
            claimLocations.Add(location);
        }

        var result = new ArticleResult(
            input.Target,
            spec,
            summary,
            new ArticleReferences(input.Target, linker._resolver.Referenced(), hasErrors),
            new ArticleClaims(input.Target, spec.Id, spec.Published.Date, compared.ToEquatableArray()),
            new ArticleClaimLocations(input.Target, spec.Id, claimLocations.ToEquatableArray()),
            linker._diagnostics.ToEquatableArray());
        scratch.Release();
        return result;
    }

    private (ArticleSpec Spec, List<(ClaimSpec Claim, LocationInfo Location)> Checked) LinkArticle(string handle, string fileName, ArticleAnnotation annotation, string text, string? textResource, RegistryIndex registries)
    {
        var (bodyStart, bodyEnd) = FindBody(annotation.Body, text);
        var claims = EquatableArray.Builder<ClaimSpec>(annotation.Claims.Count);
        var checkedClaims = _scratch.SingleValued;
        // The IDs seen so far: one hash per claim, where a lookup and then an add hashed each twice.
        // Only a duplicate (an error) looks back for the claim that first has its ID.
        var claimIds = _scratch.ClaimIds;
        foreach (var claim in annotation.Claims)
        {
            if (!claimIds.Add(claim.Id.Value))
            {
                _diagnostics.Add(Duplicates.Report(claim.Id, "claim", "another claim of this article", FirstWithId(annotation.Claims, claim.Id.Value).Id.Location));
                continue;
            }

            if (LinkClaim(claim, text, bodyStart, bodyEnd, out var singleValued) is { } linked)
            {
                claims.Add(linked);
                if (singleValued)
                {
                    checkedClaims.Add((linked, claim.Id.Location));
                }
            }
        }

        var spec = new ArticleSpec(
            _id,
            handle,
            fileName,
            annotation.Title,
            annotation.Url,
            _resolver.Resolve(annotation.Publisher, "organization", "'publisher'"),
            annotation.PublisherNote,
            _resolver.ResolveAll(annotation.Cites, "organization", "'cites'"),
            annotation.Published,
            text,
            bodyStart,
            bodyEnd,
            _resolver.ResolveAll(annotation.Mentions, "entity", "'mentions'"),
            claims.ToEquatableArray(),
            textResource);
        return (spec, checkedClaims);
    }

    /// <summary>The first of <paramref name="claims"/> whose ID is <paramref name="id"/>.</summary>
    private static ClaimEntry FirstWithId(EquatableArray<ClaimEntry> claims, string id)
    {
        foreach (var claim in claims)
        {
            if (claim.Id.Value == id)
            {
                return claim;
            }
        }

        throw new System.InvalidOperationException($"No claim has the ID '{id}'.");
    }

    private (int Start, int End) FindBody(BodyEntry? body, string text)
    {
        if (body is null)
        {
            return (0, text.Length);
        }

        var start = text.IndexOf(body.Start.Value, System.StringComparison.Ordinal);
        if (start < 0)
        {
            Report(DiagnosticDescriptors.BodyQuoteNotFound, body.Start.Location, "start", body.Start.Value, _id, string.Empty);
            return (0, text.Length);
        }

        var end = text.IndexOf(body.End.Value, start, System.StringComparison.Ordinal);
        if (end < 0)
        {
            Report(DiagnosticDescriptors.BodyQuoteNotFound, body.End.Location, "end", body.End.Value, _id, " after the start quote");
            return (start, text.Length);
        }

        return (start, end + body.End.Value.Length);
    }

    /// <param name="singleValued">Whether the claim's predicate resolved and is single-valued (then the contradiction check reads the claim).</param>
    private ClaimSpec? LinkClaim(ClaimEntry claim, string text, int bodyStart, int bodyEnd, out bool singleValued)
    {
        var subject = _resolver.Resolve(claim.Subject, "entity", "a claim's 'subject'");
        var predicate = _resolver.ResolvePredicate(claim.Predicate);
        singleValued = predicate is { SingleValued: true };
        var claimObject = LinkObject(claim, predicate);
        var evidence = LinkEvidence(claim.Evidence, text, bodyStart, bodyEnd);
        return subject is null || predicate is null || claimObject is null || evidence is null
            ? null
            : new ClaimSpec(
                claim.Id.Value,
                subject,
                claim.Predicate.Value,
                claimObject,
                claim.Modality,
                _resolver.Resolve(claim.AttributionSource, "entity", "an attribution's 'source'"),
                claim.AttributionVia,
                claim.When,
                _resolver.Resolve(claim.Where, "place", "a claim's 'where'"),
                claim.Note,
                evidence);
    }

    /// <summary>Locates every quote of a claim, reporting those that do not fit; null unless all are found.</summary>
    private EquatableArray<EvidenceSpec>? LinkEvidence(EquatableArray<EvidenceEntry> quotes, string text, int bodyStart, int bodyEnd)
    {
        // Most claims have one quote: its array is made directly, with no builder around it.
        if (quotes.Count == 1)
        {
            return LinkQuote(quotes[0], text, bodyStart, bodyEnd) is { } only ? new EquatableArray<EvidenceSpec>(ImmutableArray.Create(only)) : null;
        }

        // Sized to the quotes written: a claim is kept only when every one is found, so the builder
        // then becomes the array itself, with no copy.
        var evidence = EquatableArray.Builder<EvidenceSpec>(quotes.Count);
        foreach (var quote in quotes)
        {
            if (LinkQuote(quote, text, bodyStart, bodyEnd) is { } found)
            {
                evidence.Add(found);
            }
        }

        return evidence.Count == quotes.Count ? evidence.ToEquatableArray() : null;
    }

    private EvidenceSpec? LinkQuote(EvidenceEntry quote, string text, int bodyStart, int bodyEnd)
    {
        var match = QuoteLocator.Find(text, bodyStart, bodyEnd, quote);
        switch (match.Status)
        {
            case QuoteStatus.Found:
                return new EvidenceSpec(quote.Quote, match.Start, match.Start + quote.Quote.Length, quote.Prefix, quote.Suffix, quote.Occurrence);
            case QuoteStatus.NotFound:
                Report(DiagnosticDescriptors.QuoteNotFound, quote.Location, Abbreviate(quote.Quote), _id);
                break;
            case QuoteStatus.OutsideBody:
                Report(DiagnosticDescriptors.QuoteOutsideBody, quote.Location, Abbreviate(quote.Quote), _id);
                break;
            case QuoteStatus.Ambiguous:
                Report(DiagnosticDescriptors.QuoteAmbiguous, quote.Location, Abbreviate(quote.Quote), match.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), _id);
                break;
            case QuoteStatus.NoSuchOccurrence:
                Report(DiagnosticDescriptors.InvalidValue, quote.Location, quote.Occurrence!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "occurrence", $"the quote occurs {match.Count} time(s) in the body");
                break;
        }

        return null;
    }

    private ClaimObjectSpec? LinkObject(ClaimEntry claim, PredicateSpec? predicate)
    {
        var value = claim.Object;
        if (predicate is not null && predicate.ObjectKind is var expected && expected != "any" && expected != value.Kind)
        {
            Report(DiagnosticDescriptors.ObjectKindMismatch, value.Location, claim.Predicate.Value, expected, claim.Id.Value, value.Kind);
            return null;
        }

        if (value.Kind == "entity")
        {
            return _resolver.ResolveObject(value.Entity);
        }

        return new ClaimObjectSpec(value.Kind, null, value.Time, value.Quantity, value.Text);
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

    /// <summary>Long quotes are cut in messages, between two characters (never inside a surrogate pair); the location shows the whole one.</summary>
    private static string Abbreviate(string quote) =>
        quote.Length <= 80 ? quote : quote.Substring(0, char.IsHighSurrogate(quote[76]) ? 76 : 77) + "...";
}
