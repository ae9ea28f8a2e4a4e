using System.Collections.Generic;

namespace AllianceData.Cli.Export;

// The flat records of the JSON exports (JSON Lines, --json). Each field of the typed model has one,
// in a fixed order; values of closed vocabularies are spelled as in the seed files; dates are
// yyyy-MM-dd; references are IDs. Every record starts with "type". See docs/cli.md.

/// <summary>A time: the date as written at its precision, the inclusive interval it stands for, and the words of the text.</summary>
internal sealed record TimeRecord(string Date, string Precision, string Start, string End, string? Expression);

/// <summary>A quantity: amount, unit, bound, what is counted, and the words of the text.</summary>
internal sealed record QuantityRecord(double Amount, string Unit, string Bound, string? Item, string? Expression);

/// <summary>A claim's object: <see cref="Kind"/> names the one field that is set.</summary>
internal sealed record ValueRecord(string Kind, string? Entity, TimeRecord? Time, QuantityRecord? Quantity, string? Text);

/// <summary>When an article was published, and whether (and why) the date is inferred.</summary>
internal sealed record PublishedRecord(string Date, string Precision, string Start, string End, string? Expression, bool Inferred, string? Basis);

internal sealed record ArticleRecord(
    string Type,
    string Id,
    string FileName,
    string Title,
    string? Url,
    string? Publisher,
    string? PublisherNote,
    IReadOnlyList<string> Cites,
    PublishedRecord Published,
    int BodyStart,
    int BodyEnd,
    IReadOnlyList<string> Mentions,
    string Text);

internal sealed record OrganizationRecord(
    string Type,
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string Kind,
    string? Country,
    string? Parent,
    IReadOnlyList<string> ReportsTo,
    string? Description);

internal sealed record RoleRecord(string Title, string? Organization);

internal sealed record PersonRecord(
    string Type,
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Country,
    IReadOnlyList<RoleRecord> Roles,
    string? Description);

internal sealed record PlaceRecord(
    string Type,
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string Kind,
    string? Country,
    string? Within,
    string? Description);

internal sealed record PredicateRecord(string Type, string Id, string Label, string Description, string ObjectKind, bool SingleValued);

internal sealed record AttributionRecord(string? Source, string? Via);

internal sealed record EvidenceRecord(string Quote, int Start, int End, string? Prefix, string? Suffix, int? Occurrence);

internal sealed record ClaimRecord(
    string Type,
    string Id,
    string Article,
    string LocalId,
    string Subject,
    string Predicate,
    ValueRecord Object,
    string Modality,
    AttributionRecord? Attribution,
    TimeRecord? When,
    string? Where,
    string? Note,
    IReadOnlyList<EvidenceRecord> Evidence);

internal sealed record SourceRecord(string Key, string Name, string? Entity, string? Article);

/// <summary>Claims that state the same thing, with their independent sources (derived: recomputed on import).</summary>
internal sealed record FactRecord(
    string Type,
    string Subject,
    string Predicate,
    ValueRecord Object,
    IReadOnlyList<string> Claims,
    IReadOnlyList<string> Articles,
    IReadOnlyList<SourceRecord> Sources,
    int IndependentSourceCount,
    bool Corroborated);

internal sealed record ConflictPairRecord(string Earlier, string Later, string Kind, string Explanation);

internal sealed record ConflictRecord(
    string Type,
    string Subject,
    string Predicate,
    string Kind,
    IReadOnlyList<string> Claims,
    IReadOnlyList<ConflictPairRecord> Pairs,
    string Explanation);

/// <summary>A dated claim: the time it is about, when it was reported, and the claim.</summary>
internal sealed record TimelineRecord(string Type, TimeRecord Time, PublishedRecord Reported, ClaimRecord Claim);

/// <summary>One diagnostic of <c>alliance validate --json</c>.</summary>
internal sealed record DiagnosticRecord(string Type, string Id, string Severity, string Message, string? Path, int? Line, int? Column, int? EndLine, int? EndColumn, string? HelpLink);
