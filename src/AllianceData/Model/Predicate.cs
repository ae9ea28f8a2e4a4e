using System.Collections.Generic;

namespace AllianceData;

/// <summary>A predicate of the controlled vocabulary claims use (<c>predicates.json</c>).</summary>
public sealed class Predicate
{
    private IReadOnlyList<Claim> _claims = System.Array.Empty<Claim>();

    internal Predicate(string id, string label, string description, ValueKind objectKind, bool isSingleValued)
    {
        Id = id;
        Label = label;
        Description = description;
        ObjectKind = objectKind;
        IsSingleValued = isSingleValued;
    }

    /// <summary>The registry ID: <c>launch-date</c>.</summary>
    public string Id { get; }

    /// <summary>How the predicate reads between subject and object: "is launched on".</summary>
    public string Label { get; }

    /// <summary>What the predicate means.</summary>
    public string Description { get; }

    /// <summary>The kind of object its claims take.</summary>
    public ValueKind ObjectKind { get; }

    /// <summary>Whether a subject has at most one true value at a time, so differing values conflict.</summary>
    public bool IsSingleValued { get; }

    /// <summary>Every claim that uses this predicate.</summary>
    public IReadOnlyList<Claim> Claims
    {
        // The owner's claim index fills the list the first time any claim list is read.
        get
        {
            _ = Owner?.ClaimIndex;
            return _claims;
        }

        internal set => _claims = value;
    }

    /// <summary>The dataset whose claim index fills <see cref="Claims"/>.</summary>
    internal Dataset? Owner { get; set; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
