using System.Collections.Generic;
using System.Linq;

namespace AllianceData.Query;

/// <summary>
/// The organization and command graph: registry structure (parent, reports-to) plus the relations
/// claims state, each edge marked standing or planned (after the reform). Queryable both ways.
/// </summary>
public sealed class OrganizationGraph
{
    /// <summary>The predicate IDs that become edges, and the relation each one stands for.</summary>
    public static readonly IReadOnlyDictionary<string, OrganizationRelation> RelationPredicates = new Dictionary<string, OrganizationRelation>
    {
        ["reports-to"] = OrganizationRelation.ReportsTo,
        ["commands"] = OrganizationRelation.Commands,
        ["coordinates-with"] = OrganizationRelation.CoordinatesWith,
        ["cooperates-with"] = OrganizationRelation.CoordinatesWith,
    };

    private static readonly IReadOnlyList<OrganizationEdge> NoEdges = new OrganizationEdge[0];

    private readonly Dictionary<Organization, OrganizationEdge[]> _from;
    private readonly Dictionary<Organization, OrganizationEdge[]> _to;

    internal OrganizationGraph(Dataset dataset)
    {
        var edges = new List<OrganizationEdge>();
        foreach (var organization in dataset.Organizations)
        {
            if (organization.Parent is { } parent)
            {
                edges.Add(new OrganizationEdge(organization, OrganizationRelation.PartOf, parent, RelationStage.Standing, null));
            }

            edges.AddRange(organization.ReportsTo.Select(superior => new OrganizationEdge(organization, OrganizationRelation.ReportsTo, superior, RelationStage.Standing, null)));
        }

        foreach (var claim in dataset.Claims)
        {
            if (claim.Subject is Organization from &&
                claim.Object is EntityValue { Entity: Organization to } &&
                RelationPredicates.TryGetValue(claim.Predicate.Id, out var relation))
            {
                edges.Add(new OrganizationEdge(from, relation, to, StageOf(claim.Modality), claim));
            }
        }

        Edges = edges;
        _from = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.ToArray());
        _to = edges.GroupBy(e => e.To).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Every edge: registry structure first, then claims in dataset order.</summary>
    public IReadOnlyList<OrganizationEdge> Edges { get; }

    /// <summary>The edges that start at <paramref name="organization"/>.</summary>
    public IReadOnlyList<OrganizationEdge> EdgesFrom(Organization organization) =>
        _from.TryGetValue(organization, out var edges) ? edges : NoEdges;

    /// <summary>The edges that end at <paramref name="organization"/>.</summary>
    public IReadOnlyList<OrganizationEdge> EdgesTo(Organization organization) =>
        _to.TryGetValue(organization, out var edges) ? edges : NoEdges;

    /// <summary>Planned, expected, agreed, announced and possible relations come with the reform; the rest stand.</summary>
    public static RelationStage StageOf(Modality modality) => modality switch
    {
        Modality.Planned or Modality.Expected or Modality.Agreed or Modality.Announced or Modality.Possible => RelationStage.Planned,
        _ => RelationStage.Standing,
    };
}
