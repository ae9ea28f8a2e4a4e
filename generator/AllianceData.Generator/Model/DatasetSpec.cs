namespace AllianceData.Generator.Model;

// The emitter's input: the linked, validated dataset with every reference resolved and every
// evidence offset computed, and no locations, so that edits which move text around without
// changing the data (whitespace, reordered properties) leave the generated source untouched.

internal sealed record DatasetSpec(
    DatasetTarget Target,
    EquatableArray<OrganizationSpec> Organizations,
    EquatableArray<PersonSpec> People,
    EquatableArray<PlaceSpec> Places,
    EquatableArray<PredicateSpec> Predicates,
    EquatableArray<ArticleSpec> Articles);

internal sealed record OrganizationSpec(
    string Id,
    string Handle,
    string Name,
    EquatableArray<string> Aliases,
    string Kind,
    string? Country,
    string? Parent,
    EquatableArray<string> ReportsTo,
    string? Description);

internal sealed record RoleSpec(string Title, string? Organization);

internal sealed record PersonSpec(
    string Id,
    string Handle,
    string Name,
    EquatableArray<string> Aliases,
    string? Country,
    EquatableArray<RoleSpec> Roles,
    string? Description);

internal sealed record PlaceSpec(
    string Id,
    string Handle,
    string Name,
    EquatableArray<string> Aliases,
    string Kind,
    string? Country,
    string? Within,
    string? Description);

internal sealed record PredicateSpec(string Id, string Handle, string Label, string Description, string ObjectKind, bool SingleValued);

internal sealed record EvidenceSpec(string Quote, int Start, int End, string? Prefix, string? Suffix, int? Occurrence);

internal sealed record ClaimObjectSpec(string Kind, string? Entity, DateEntry? Time, QuantityEntry? Quantity, string? Text);

internal sealed record ClaimSpec(
    string Id,
    string Subject,
    string Predicate,
    ClaimObjectSpec Object,
    string Modality,
    string? AttributionSource,
    string? AttributionVia,
    DateEntry? When,
    string? Where,
    string? Note,
    EquatableArray<EvidenceSpec> Evidence);

internal sealed record ArticleSpec(
    string Id,
    string Handle,
    string FileName,
    string Title,
    string? Url,
    string? Publisher,
    string? PublisherNote,
    EquatableArray<string> Cites,
    PublicationEntry Published,
    string Text,
    int BodyStart,
    int BodyEnd,
    EquatableArray<string> Mentions,
    EquatableArray<ClaimSpec> Claims,
    string? TextResource = null);

/// <summary>The linking step's result for one dataset class: what to emit, and what to report.</summary>
internal sealed record DatasetResult(DatasetSpec Spec, EquatableArray<DiagnosticInfo> Diagnostics);
