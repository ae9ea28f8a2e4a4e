namespace AllianceData.Query;

/// <summary>How one organization relates to another in the command graph.</summary>
public enum OrganizationRelation
{
    /// <summary>The source is part of the target (registry <c>parent</c>).</summary>
    PartOf,

    /// <summary>The source reports to the target.</summary>
    ReportsTo,

    /// <summary>The source commands the target.</summary>
    Commands,

    /// <summary>The source coordinates or cooperates with the target.</summary>
    CoordinatesWith,
}

/// <summary>Whether a relation stands now or comes with the reform.</summary>
public enum RelationStage
{
    /// <summary>Stands at the time of reporting, or is structural (from the registry).</summary>
    Standing,

    /// <summary>Planned, expected, agreed or announced: the structure after the reform.</summary>
    Planned,
}

/// <summary>A typed edge of the organization and command graph.</summary>
/// <param name="From">The organization the relation starts from.</param>
/// <param name="Relation">The relation.</param>
/// <param name="To">The organization it points to.</param>
/// <param name="Stage">Standing, or planned with the reform.</param>
/// <param name="Claim">The claim that states it, or null for registry structure.</param>
public sealed record OrganizationEdge(Organization From, OrganizationRelation Relation, Organization To, RelationStage Stage, Claim? Claim)
{
    /// <inheritdoc />
    public override string ToString() => $"{From.Name} {Relation} {To.Name} ({Stage})";
}
