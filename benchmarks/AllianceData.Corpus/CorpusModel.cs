using System;
using System.Collections.Generic;

namespace AllianceData.Corpus;

// The synthetic corpus as plain data: what the writer turns into seed files and what
// CorpusDataset hands to DatasetBuilder. Every offset is known here, so tests can check the
// generator's quote locator against the builder's own bookkeeping.

/// <summary>An organization of the synthetic registry.</summary>
public sealed record SyntheticOrganization(string Id, string Name, IReadOnlyList<string> Aliases, string Kind, string? Country, string? Parent, IReadOnlyList<string> ReportsTo, string? Description);

/// <summary>A role of a synthetic person.</summary>
public sealed record SyntheticRole(string Title, string? Organization);

/// <summary>A person of the synthetic registry.</summary>
public sealed record SyntheticPerson(string Id, string Name, IReadOnlyList<string> Aliases, string? Country, IReadOnlyList<SyntheticRole> Roles, string? Description);

/// <summary>A place of the synthetic registry.</summary>
public sealed record SyntheticPlace(string Id, string Name, IReadOnlyList<string> Aliases, string Kind, string? Country, string? Within, string? Description);

/// <summary>A predicate of the synthetic vocabulary.</summary>
public sealed record SyntheticPredicate(string Id, string Label, string Description, string ObjectKind, bool SingleValued);

/// <summary>
/// A date value as the annotation format writes it: <see cref="Date"/> at <see cref="Precision"/>,
/// and the interval it stands for. <see cref="ExplicitInterval"/> says whether start/end are written.
/// </summary>
public sealed record SyntheticDate(string Date, string Precision, string? Expression, DateTime Start, DateTime End, bool ExplicitInterval);

/// <summary>A quantity value.</summary>
public sealed record SyntheticQuantity(double Amount, string Unit, string? Item, string Bound, string? Expression);

/// <summary>A claim object: exactly one of the four is set, named by <see cref="Kind"/>.</summary>
public sealed record SyntheticObject(string Kind, string? Entity, SyntheticDate? Time, SyntheticQuantity? Quantity, string? Text);

/// <summary>An evidence quote with the disambiguation the annotation needs, and where it really is.</summary>
public sealed record SyntheticEvidence(string Quote, string? Prefix, int? Occurrence, int Start);

/// <summary>A claim of a synthetic article.</summary>
public sealed record SyntheticClaim(
    string Id,
    string Subject,
    string Predicate,
    SyntheticObject Object,
    string Modality,
    string? AttributionSource,
    string? AttributionVia,
    SyntheticDate? When,
    string? Where,
    string? Note,
    IReadOnlyList<SyntheticEvidence> Evidence);

/// <summary>A synthetic article: its verbatim text, body bounds and annotation.</summary>
public sealed record SyntheticArticle(
    string Id,
    string Title,
    string? Publisher,
    IReadOnlyList<string> Cites,
    SyntheticDate Published,
    string Text,
    string BodyStartQuote,
    string BodyEndQuote,
    int BodyStart,
    int BodyEnd,
    IReadOnlyList<string> Mentions,
    IReadOnlyList<SyntheticClaim> Claims);
