using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// The link step: takes every parsed seed file of one dataset, resolves every reference, locates
/// every evidence quote, and produces the location-free <see cref="DatasetSpec"/> plus the
/// diagnostics for what does not fit. Dictionaries throughout: cost grows linearly with the data.
/// </summary>
internal sealed class DatasetLinker
{
    private readonly DatasetTarget _target;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, (string Kind, LocationInfo Location)> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string ObjectKind, LocationInfo Location)> _predicates = new(StringComparer.Ordinal);

    /// <summary>
    /// Set when a registry file has errors of its own: an entry may then be missing because of
    /// them, so unknown references are not reported on top (the build fails on the real error).
    /// </summary>
    private bool _registriesIncomplete;

    /// <summary>Every entity ID something refers to; the rest are reported as unreferenced.</summary>
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);

    /// <summary>Where each claim's ID is written, for diagnostics that compare claims after linking.</summary>
    private readonly Dictionary<(string Article, string Claim), LocationInfo> _claimLocations = new();

    private DatasetLinker(DatasetTarget target) => _target = target;

    public static DatasetResult Link(DatasetTarget target, ImmutableArray<SeedFile> allFiles)
    {
        var files = allFiles
            .Where(file => SeedPathFilter.Includes(target, file.Path))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        return new DatasetLinker(target).Run(files);
    }

    private DatasetResult Run(List<SeedFile> files)
    {
        if (files.Count == 0)
        {
            Report(DiagnosticDescriptors.NoSeedFiles, _target.AttributeLocation, _target.ClassName, _target.SeedPath is null ? string.Empty : $" under '{_target.SeedPath}'");
        }

        _registriesIncomplete = files.Any(f => f.Kind != SeedFileKind.ArticleText && f.Kind != SeedFileKind.ArticleAnnotation && f.Diagnostics.Any(d => d.IsError));
        var organizations = files.SelectMany(f => f.Organizations).ToList();
        var people = files.SelectMany(f => f.People).ToList();
        var places = files.SelectMany(f => f.Places).ToList();
        var predicates = files.SelectMany(f => f.Predicates).ToList();

        organizations = Register(organizations, o => o.Id, "organization");
        people = Register(people, p => p.Id, "person");
        places = Register(places, p => p.Id, "place");
        predicates = predicates.Where(p => RegisterPredicate(p)).ToList();

        var handles = new HandleAssigner(_diagnostics);
        var spec = new DatasetSpec(
            _target,
            organizations.Select(o => LinkOrganization(o, handles.Assign("organization", o.Id, o.Handle, "Organizations"))).ToEquatableArray(),
            people.Select(p => LinkPerson(p, handles.Assign("person", p.Id, p.Handle, "People"))).ToEquatableArray(),
            places.Select(p => LinkPlace(p, handles.Assign("place", p.Id, p.Handle, "Places"))).ToEquatableArray(),
            predicates.Select(p => new PredicateSpec(p.Id.Value, handles.Assign("predicate", p.Id, p.Handle, "Predicates"), p.Label, p.Description, p.ObjectKind, p.SingleValued)).ToEquatableArray(),
            LinkArticles(files, handles));

        spec = FitUserStringHeap(spec);
        CheckCycles(organizations, places);

        // With errors anywhere, a reference may be missing because of them: only a clean dataset is checked for unused entities.
        var clean = !_diagnostics.Any(d => d.IsError) && !files.Any(f => f.Diagnostics.Any(d => d.IsError));
        if (clean)
        {
            CheckUnreferenced(organizations.Select(o => (o.Id, "organization")).Concat(people.Select(p => (p.Id, "person"))).Concat(places.Select(p => (p.Id, "place"))));
        }

        CheckContradictions(spec);
        return new DatasetResult(spec, _diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Every string literal lands in the assembly's user-string heap, whose offsets are 24-bit
    /// (16 MiB of UTF-16, CS8103 past it). Past a safe share of that, the articles are left out of
    /// the emitted code and reported, so the build fails on a seed-level error, not in generated code.
    /// </summary>
    private DatasetSpec FitUserStringHeap(DatasetSpec spec)
    {
        const long Limit = 7_500_000; // characters: 15 MB of UTF-16, headroom below 2^24 bytes for the rest

        // The compiler stores each distinct literal once, so each distinct string counts once.
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in spec.Articles)
        {
            distinct.Add(article.Text);
            distinct.Add(article.Title);
            AddIfAny(article.Published.Basis);
            AddIfAny(article.PublisherNote);
            foreach (var claim in article.Claims)
            {
                AddIfAny(claim.Note);
                AddIfAny(claim.AttributionVia);
                AddIfAny(claim.Object.Text);
                foreach (var evidence in claim.Evidence)
                {
                    distinct.Add(evidence.Quote);
                    AddIfAny(evidence.Prefix);
                    AddIfAny(evidence.Suffix);
                }
            }
        }

        foreach (var organization in spec.Organizations)
        {
            distinct.Add(organization.Name);
            AddIfAny(organization.Description);
            foreach (var alias in organization.Aliases)
            {
                distinct.Add(alias);
            }
        }

        var characters = distinct.Sum(text => (long)text.Length);
        if (characters <= Limit)
        {
            return spec;
        }

        var millions = (characters / 100_000 / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        Report(DiagnosticDescriptors.DatasetTooLarge, _target.AttributeLocation, millions, (Limit / 100_000 / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        return spec with { Articles = EquatableArray<ArticleSpec>.Empty };

        void AddIfAny(string? text)
        {
            if (text is not null)
            {
                distinct.Add(text);
            }
        }
    }

    private void CheckCycles(List<OrganizationEntry> organizations, List<PlaceEntry> places)
    {
        var parents = organizations.Where(o => o.Parent is not null).Select(o => new ReferenceEdge(o.Id.Value, o.Parent!.Value, o.Parent.Location)).ToList();
        var reporting = organizations.SelectMany(o => o.ReportsTo.Select(r => new ReferenceEdge(o.Id.Value, r.Value, r.Location))).ToList();
        var within = places.Where(p => p.Within is not null).Select(p => new ReferenceEdge(p.Id.Value, p.Within!.Value, p.Within.Location)).ToList();
        foreach (var (edges, relation) in new[] { (parents, "'parent' links"), (reporting, "'reportsTo' links"), (within, "'within' links") })
        {
            foreach (var (closing, path) in CycleCheck.Find(edges))
            {
                Report(DiagnosticDescriptors.RelationCycle, closing.Location, closing.To, relation, string.Join(" -> ", path));
            }
        }
    }

    private void CheckUnreferenced(IEnumerable<(SourceString Id, string Kind)> entities)
    {
        foreach (var (id, kind) in entities.Where(e => !_referenced.Contains(e.Id.Value)))
        {
            Report(DiagnosticDescriptors.UnreferencedEntity, id.Location, kind, id.Value);
        }
    }

    private void CheckContradictions(DatasetSpec spec)
    {
        var predicates = spec.Predicates.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var (claim, article, other, otherArticle, reason) in ContradictionCheck.Find(spec.Articles, predicates))
        {
            _diagnostics.Add(new DiagnosticInfo(
                DiagnosticDescriptors.ContradictingClaims,
                _claimLocations[(article.Id, claim.Id)],
                new[] { article.Id + "#" + claim.Id, otherArticle.Id + "#" + other.Id, claim.Predicate, reason }.ToEquatableArray(),
                _claimLocations[(otherArticle.Id, other.Id)]));
        }
    }

    private List<T> Register<T>(List<T> entries, Func<T, SourceString> id, string kind)
    {
        var kept = new List<T>(entries.Count);
        foreach (var entry in entries)
        {
            var entryId = id(entry);
            if (_entities.TryGetValue(entryId.Value, out var existing))
            {
                ReportDuplicate(entryId, "entity", $"a {existing.Kind}", existing.Location);
                continue;
            }

            _entities.Add(entryId.Value, (kind, entryId.Location));
            kept.Add(entry);
        }

        return kept;
    }

    private bool RegisterPredicate(PredicateEntry predicate)
    {
        if (_predicates.TryGetValue(predicate.Id.Value, out var existing))
        {
            ReportDuplicate(predicate.Id, "predicate", "another predicate", existing.Location);
            return false;
        }

        _predicates.Add(predicate.Id.Value, (predicate.ObjectKind, predicate.Id.Location));
        return true;
    }

    private OrganizationSpec LinkOrganization(OrganizationEntry o, string handle) => new(
        o.Id.Value,
        handle,
        o.Name,
        o.Aliases.Select(a => a.Value).ToEquatableArray(),
        o.Kind,
        o.Country,
        Resolve(o.Parent, "organization", "'parent'"),
        ResolveAll(o.ReportsTo, "organization", "'reportsTo'"),
        o.Description);

    private PersonSpec LinkPerson(PersonEntry p, string handle) => new(
        p.Id.Value,
        handle,
        p.Name,
        p.Aliases.Select(a => a.Value).ToEquatableArray(),
        p.Country,
        p.Roles.Select(r => new RoleSpec(r.Title, Resolve(r.Organization, "organization", "a role's 'organization'"))).ToEquatableArray(),
        p.Description);

    private PlaceSpec LinkPlace(PlaceEntry p, string handle) => new(
        p.Id.Value,
        handle,
        p.Name,
        p.Aliases.Select(a => a.Value).ToEquatableArray(),
        p.Kind,
        p.Country,
        Resolve(p.Within, "place", "'within'"),
        p.Description);

    private EquatableArray<ArticleSpec> LinkArticles(List<SeedFile> files, HandleAssigner handles)
    {
        // Texts and annotations pair up by folder and file name.
        var texts = files.Where(f => f.Kind == SeedFileKind.ArticleText).ToDictionary(PairKey, StringComparer.Ordinal);
        var annotationFiles = files.Where(f => f.Kind == SeedFileKind.ArticleAnnotation).ToList();
        var annotated = new HashSet<string>(annotationFiles.Select(PairKey), StringComparer.Ordinal);
        foreach (var text in texts.Values.Where(t => !annotated.Contains(PairKey(t))))
        {
            Report(DiagnosticDescriptors.TextWithoutAnnotation, LocationInfo.StartOf(text.Path), text.Name);
        }

        var articles = new List<ArticleSpec>();
        var articleIds = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        foreach (var file in annotationFiles)
        {
            if (!texts.TryGetValue(PairKey(file), out var text))
            {
                Report(DiagnosticDescriptors.AnnotationWithoutText, LocationInfo.StartOf(file.Path), file.Name);
                continue;
            }

            if (file.Annotation is null || text.ArticleText is null)
            {
                continue; // The file's own errors are already reported.
            }

            var fileLocation = LocationInfo.StartOf(file.Path);
            if (articleIds.TryGetValue(file.Name, out var first))
            {
                ReportDuplicate(new SourceString(file.Name, fileLocation), "article", "another article", first);
                continue;
            }

            articleIds.Add(file.Name, fileLocation);
            var handle = handles.Assign("article", new SourceString(file.Name, fileLocation), file.Annotation.Handle, "Articles", HandleNames.ForArticle(file.Name));
            articles.Add(LinkArticle(file.Name, handle, Path.GetFileName(text.Path), file.Annotation, text.ArticleText));
        }

        return articles.ToEquatableArray();
    }

    private ArticleSpec LinkArticle(string id, string handle, string fileName, ArticleAnnotation annotation, string text)
    {
        var (bodyStart, bodyEnd) = FindBody(id, annotation.Body, text);
        var claims = new List<ClaimSpec>();
        var claimIds = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        foreach (var claim in annotation.Claims)
        {
            if (claimIds.TryGetValue(claim.Id.Value, out var first))
            {
                ReportDuplicate(claim.Id, "claim", "another claim of this article", first);
                continue;
            }

            claimIds.Add(claim.Id.Value, claim.Id.Location);
            _claimLocations[(id, claim.Id.Value)] = claim.Id.Location;
            if (LinkClaim(id, claim, text, bodyStart, bodyEnd) is { } linked)
            {
                claims.Add(linked);
            }
        }

        return new ArticleSpec(
            id,
            handle,
            fileName,
            annotation.Title,
            annotation.Url,
            Resolve(annotation.Publisher, "organization", "'publisher'"),
            annotation.PublisherNote,
            ResolveAll(annotation.Cites, "organization", "'cites'"),
            annotation.Published,
            text,
            bodyStart,
            bodyEnd,
            ResolveAll(annotation.Mentions, "entity", "'mentions'"),
            claims.ToEquatableArray());
    }

    private (int Start, int End) FindBody(string articleId, BodyEntry? body, string text)
    {
        if (body is null)
        {
            return (0, text.Length);
        }

        var start = text.IndexOf(body.Start.Value, StringComparison.Ordinal);
        if (start < 0)
        {
            Report(DiagnosticDescriptors.BodyQuoteNotFound, body.Start.Location, "start", body.Start.Value, articleId, string.Empty);
            return (0, text.Length);
        }

        var end = text.IndexOf(body.End.Value, start, StringComparison.Ordinal);
        if (end < 0)
        {
            Report(DiagnosticDescriptors.BodyQuoteNotFound, body.End.Location, "end", body.End.Value, articleId, " after the start quote");
            return (start, text.Length);
        }

        return (start, end + body.End.Value.Length);
    }

    private ClaimSpec? LinkClaim(string articleId, ClaimEntry claim, string text, int bodyStart, int bodyEnd)
    {
        var subject = Resolve(claim.Subject, "entity", "a claim's 'subject'");
        var predicate = ResolvePredicate(claim.Predicate);
        var claimObject = LinkObject(claim, predicate);
        var evidence = new List<EvidenceSpec>();
        foreach (var quote in claim.Evidence)
        {
            var match = QuoteLocator.Find(text, bodyStart, bodyEnd, quote);
            switch (match.Status)
            {
                case QuoteStatus.Found:
                    evidence.Add(new EvidenceSpec(quote.Quote, match.Start, match.Start + quote.Quote.Length, quote.Prefix, quote.Suffix, quote.Occurrence));
                    break;
                case QuoteStatus.NotFound:
                    Report(DiagnosticDescriptors.QuoteNotFound, quote.Location, Abbreviate(quote.Quote), articleId);
                    break;
                case QuoteStatus.OutsideBody:
                    Report(DiagnosticDescriptors.QuoteOutsideBody, quote.Location, Abbreviate(quote.Quote), articleId);
                    break;
                case QuoteStatus.Ambiguous:
                    Report(DiagnosticDescriptors.QuoteAmbiguous, quote.Location, Abbreviate(quote.Quote), match.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), articleId);
                    break;
                case QuoteStatus.NoSuchOccurrence:
                    Report(DiagnosticDescriptors.InvalidValue, quote.Location, quote.Occurrence!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "occurrence", $"the quote occurs {match.Count} time(s) in the body");
                    break;
            }
        }

        return subject is null || predicate is null || claimObject is null || evidence.Count != claim.Evidence.Count
            ? null
            : new ClaimSpec(
                claim.Id.Value,
                subject,
                predicate,
                claimObject,
                claim.Modality,
                Resolve(claim.AttributionSource, "entity", "an attribution's 'source'"),
                claim.AttributionVia,
                claim.When,
                Resolve(claim.Where, "place", "a claim's 'where'"),
                claim.Note,
                evidence.ToEquatableArray());
    }

    private ClaimObjectSpec? LinkObject(ClaimEntry claim, string? predicate)
    {
        var value = claim.Object;
        if (predicate is not null && _predicates[predicate].ObjectKind is var expected && expected != "any" && expected != value.Kind)
        {
            Report(DiagnosticDescriptors.ObjectKindMismatch, value.Location, predicate, expected, claim.Id.Value, value.Kind);
            return null;
        }

        if (value.Kind == "entity")
        {
            var entity = Resolve(value.Entity, "entity", "a claim's object");
            return entity is null ? null : new ClaimObjectSpec("entity", entity, null, null, null);
        }

        return new ClaimObjectSpec(value.Kind, null, value.Time, value.Quantity, value.Text);
    }

    private string? ResolvePredicate(SourceString reference)
    {
        if (_predicates.ContainsKey(reference.Value))
        {
            return reference.Value;
        }

        if (!_registriesIncomplete)
        {
            Report(DiagnosticDescriptors.UnknownReference, reference.Location, "predicate", reference.Value, Suggestions.DidYouMean(reference.Value, _predicates.Keys));
        }

        return null;
    }

    /// <summary>Resolves an entity reference of the given kind ("entity" takes any); reports and returns null when it does not resolve.</summary>
    private string? Resolve(SourceString? reference, string kind, string role)
    {
        if (reference is null)
        {
            return null;
        }

        if (!_entities.TryGetValue(reference.Value, out var entity))
        {
            if (_registriesIncomplete)
            {
                return null;
            }

            var candidates = _entities.Where(e => kind == "entity" || e.Value.Kind == kind).Select(e => e.Key);
            Report(DiagnosticDescriptors.UnknownReference, reference.Location, kind, reference.Value, Suggestions.DidYouMean(reference.Value, candidates));
            return null;
        }

        if (kind != "entity" && entity.Kind != kind)
        {
            Report(DiagnosticDescriptors.WrongReferenceKind, reference.Location, reference.Value, entity.Kind, role, kind);
            return null;
        }

        _referenced.Add(reference.Value);
        return reference.Value;
    }

    private EquatableArray<string> ResolveAll(EquatableArray<SourceString> references, string kind, string role)
    {
        var resolved = new List<string>(references.Count);
        foreach (var reference in references)
        {
            if (Resolve(reference, kind, role) is { } id)
            {
                resolved.Add(id);
            }
        }

        return resolved.ToEquatableArray();
    }

    private void ReportDuplicate(SourceString duplicate, string kind, string firstOwner, LocationInfo firstLocation) =>
        _diagnostics.Add(new DiagnosticInfo(
            DiagnosticDescriptors.DuplicateId,
            duplicate.Location,
            new[] { kind, duplicate.Value, $"{firstOwner} at {Describe(firstLocation)}" }.ToEquatableArray(),
            firstLocation));

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

    private static string Describe(LocationInfo location) =>
        $"{Path.GetFileName(location.FilePath)}({location.LineSpan.Start.Line + 1},{location.LineSpan.Start.Character + 1})";

    private static string PairKey(SeedFile file) => Path.Combine(Path.GetDirectoryName(file.Path) ?? string.Empty, file.Name);

    /// <summary>Long quotes are cut in messages, between two characters (never inside a surrogate pair); the location shows the whole one.</summary>
    private static string Abbreviate(string quote) =>
        quote.Length <= 80 ? quote : quote.Substring(0, char.IsHighSurrogate(quote[76]) ? 76 : 77) + "...";
}
