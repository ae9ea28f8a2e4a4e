namespace AllianceData.Generator.Model;

// What the parsers read from each seed file, still carrying the locations that the linking step
// reports against. Later steps turn these into location-free specs for emission.

internal sealed record OrganizationEntry(
    SourceString Id,
    string Name,
    SourceString? Handle,
    EquatableArray<SourceString> Aliases,
    string Kind,
    string? Country,
    SourceString? Parent,
    EquatableArray<SourceString> ReportsTo,
    string? Description);

internal sealed record RoleEntry(string Title, SourceString? Organization);

internal sealed record PersonEntry(
    SourceString Id,
    string Name,
    SourceString? Handle,
    EquatableArray<SourceString> Aliases,
    string? Country,
    EquatableArray<RoleEntry> Roles,
    string? Description);

internal sealed record PlaceEntry(
    SourceString Id,
    string Name,
    SourceString? Handle,
    EquatableArray<SourceString> Aliases,
    string Kind,
    string? Country,
    SourceString? Within,
    string? Description);

internal sealed record PredicateEntry(
    SourceString Id,
    SourceString? Handle,
    string Label,
    string Description,
    string ObjectKind,
    bool SingleValued);

/// <summary>A date value, already checked: <see cref="Start"/> and <see cref="End"/> are the resolved inclusive interval (yyyy-MM-dd).</summary>
internal sealed record DateEntry(string Date, string Precision, string? Expression, string Start, string End);

internal sealed record PublicationEntry(DateEntry Date, bool Inferred, string? Basis);

internal sealed record QuantityEntry(double Amount, string Unit, string? Item, string Bound, string? Expression);

/// <summary>A claim's object: exactly one of the four value kinds is set, named by <see cref="Kind"/>.</summary>
internal sealed record ClaimObjectEntry(string Kind, SourceString? Entity, DateEntry? Time, QuantityEntry? Quantity, string? Text, LocationInfo Location);

internal sealed record EvidenceEntry(string Quote, string? Prefix, string? Suffix, int? Occurrence, LocationInfo Location);

internal sealed record ClaimEntry(
    SourceString Id,
    SourceString Subject,
    SourceString Predicate,
    ClaimObjectEntry Object,
    string Modality,
    SourceString? AttributionSource,
    string? AttributionVia,
    DateEntry? When,
    SourceString? Where,
    string? Note,
    EquatableArray<EvidenceEntry> Evidence);

internal sealed record BodyEntry(SourceString Start, SourceString End);

internal sealed record ArticleAnnotation(
    string Title,
    SourceString? Handle,
    string? Url,
    SourceString? Publisher,
    string? PublisherNote,
    EquatableArray<SourceString> Cites,
    PublicationEntry Published,
    BodyEntry? Body,
    EquatableArray<SourceString> Mentions,
    EquatableArray<ClaimEntry> Claims);
