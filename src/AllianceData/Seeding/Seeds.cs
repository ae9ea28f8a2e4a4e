using System;
using System.ComponentModel;

namespace AllianceData.Seeding;

// The input records that generated code hands to DatasetBuilder: plain data with string IDs,
// which the builder links into the object graph. Public because the generated code lives in the
// consumer's assembly; hidden from IntelliSense because people query Dataset, not these.
// Plain settable properties (no init/required) so generated code compiles at any C# version
// that has nullable reference types.

/// <summary>An organization as written in <c>organizations.json</c>. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class OrganizationSeed
{
    /// <summary>Registry ID.</summary>
    public string Id { get; set; } = null!;
    /// <summary>Canonical name.</summary>
    public string Name { get; set; } = null!;
    /// <summary>Other names.</summary>
    public string[] Aliases { get; set; } = Array.Empty<string>();
    /// <summary>Kind.</summary>
    public OrganizationKind Kind { get; set; }
    /// <summary>Country code.</summary>
    public string? Country { get; set; }
    /// <summary>Parent organization ID.</summary>
    public string? Parent { get; set; }
    /// <summary>IDs of the organizations it reports to.</summary>
    public string[] ReportsTo { get; set; } = Array.Empty<string>();
    /// <summary>Description.</summary>
    public string? Description { get; set; }
}

/// <summary>A role of a person. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RoleSeed
{
    /// <summary>Title.</summary>
    public string Title { get; set; } = null!;
    /// <summary>Organization ID.</summary>
    public string? Organization { get; set; }
}

/// <summary>A person as written in <c>people.json</c>. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PersonSeed
{
    /// <summary>Registry ID.</summary>
    public string Id { get; set; } = null!;
    /// <summary>Canonical name.</summary>
    public string Name { get; set; } = null!;
    /// <summary>Other names.</summary>
    public string[] Aliases { get; set; } = Array.Empty<string>();
    /// <summary>Country code.</summary>
    public string? Country { get; set; }
    /// <summary>Roles.</summary>
    public RoleSeed[] Roles { get; set; } = Array.Empty<RoleSeed>();
    /// <summary>Description.</summary>
    public string? Description { get; set; }
}

/// <summary>A place as written in <c>places.json</c>. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PlaceSeed
{
    /// <summary>Registry ID.</summary>
    public string Id { get; set; } = null!;
    /// <summary>Canonical name.</summary>
    public string Name { get; set; } = null!;
    /// <summary>Other names.</summary>
    public string[] Aliases { get; set; } = Array.Empty<string>();
    /// <summary>Kind.</summary>
    public PlaceKind Kind { get; set; }
    /// <summary>Country code.</summary>
    public string? Country { get; set; }
    /// <summary>ID of the place it lies within.</summary>
    public string? Within { get; set; }
    /// <summary>Description.</summary>
    public string? Description { get; set; }
}

/// <summary>A predicate as written in <c>predicates.json</c>. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PredicateSeed
{
    /// <summary>Registry ID.</summary>
    public string Id { get; set; } = null!;
    /// <summary>Label.</summary>
    public string Label { get; set; } = null!;
    /// <summary>Description.</summary>
    public string Description { get; set; } = null!;
    /// <summary>Kind of object.</summary>
    public ValueKind ObjectKind { get; set; }
    /// <summary>Single-valued.</summary>
    public bool IsSingleValued { get; set; }
}

/// <summary>An evidence quote with its computed offsets. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EvidenceSeed
{
    /// <summary>Quote.</summary>
    public string Quote { get; set; } = null!;
    /// <summary>Start offset.</summary>
    public int Start { get; set; }
    /// <summary>End offset (exclusive).</summary>
    public int End { get; set; }
    /// <summary>Prefix.</summary>
    public string? Prefix { get; set; }
    /// <summary>Suffix.</summary>
    public string? Suffix { get; set; }
    /// <summary>Occurrence.</summary>
    public int? Occurrence { get; set; }
}

/// <summary>A claim as written in an article annotation. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ClaimSeed
{
    /// <summary>ID within the article.</summary>
    public string Id { get; set; } = null!;
    /// <summary>Subject entity ID.</summary>
    public string Subject { get; set; } = null!;
    /// <summary>Predicate ID.</summary>
    public string Predicate { get; set; } = null!;
    /// <summary>Object entity ID, when the object is an entity.</summary>
    public string? ObjectEntity { get; set; }
    /// <summary>Object value, when it is a time, quantity or text.</summary>
    public ClaimValue? ObjectValue { get; set; }
    /// <summary>Modality.</summary>
    public Modality Modality { get; set; }
    /// <summary>Attribution source entity ID.</summary>
    public string? AttributionSource { get; set; }
    /// <summary>Attribution description.</summary>
    public string? AttributionVia { get; set; }
    /// <summary>When.</summary>
    public TimeValue? When { get; set; }
    /// <summary>Where (place ID).</summary>
    public string? Where { get; set; }
    /// <summary>Note.</summary>
    public string? Note { get; set; }
    /// <summary>Evidence quotes.</summary>
    public EvidenceSeed[] Evidence { get; set; } = Array.Empty<EvidenceSeed>();
}

/// <summary>An article with its annotation. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleSeed
{
    /// <summary>ID (file name without extension).</summary>
    public string Id { get; set; } = null!;
    /// <summary>Text file name.</summary>
    public string FileName { get; set; } = null!;
    /// <summary>Title.</summary>
    public string Title { get; set; } = null!;
    /// <summary>URL.</summary>
    public string? Url { get; set; }
    /// <summary>Publisher organization ID.</summary>
    public string? Publisher { get; set; }
    /// <summary>Publisher note.</summary>
    public string? PublisherNote { get; set; }
    /// <summary>Cited organization IDs.</summary>
    public string[] Cites { get; set; } = Array.Empty<string>();
    /// <summary>Publication date.</summary>
    public PublicationDate Published { get; set; } = null!;
    /// <summary>Verbatim text.</summary>
    public string Text { get; set; } = null!;
    /// <summary>Body start offset.</summary>
    public int BodyStart { get; set; }
    /// <summary>Body end offset (exclusive).</summary>
    public int BodyEnd { get; set; }
    /// <summary>Mentioned entity IDs.</summary>
    public string[] Mentions { get; set; } = Array.Empty<string>();
    /// <summary>Claims.</summary>
    public ClaimSeed[] Claims { get; set; } = Array.Empty<ClaimSeed>();
}
