using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AllianceData.Query;

namespace AllianceData.Cli.Rendering;

/// <summary>One drawn edge: the graph's edges with the same ends, relation and stage, merged, with the claims that state them.</summary>
internal sealed record GraphEdge(Organization From, OrganizationRelation Relation, Organization To, RelationStage Stage, IReadOnlyList<Claim> Claims)
{
    /// <summary>Whether the registry states it (parent or reportsTo), not only claims.</summary>
    public bool FromRegistry { get; init; }
}

/// <summary>The command graph as drawn: organizations that have an edge, and the merged edges.</summary>
internal sealed class CommandGraphView
{
    private CommandGraphView(IReadOnlyList<Organization> nodes, IReadOnlyList<GraphEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public IReadOnlyList<Organization> Nodes { get; }

    public IReadOnlyList<GraphEdge> Edges { get; }

    public static CommandGraphView From(Dataset dataset)
    {
        var edges = dataset.CommandGraph.Edges
            .GroupBy(e => (e.From, e.Relation, e.To, e.Stage))
            .Select(g => new GraphEdge(g.Key.From, g.Key.Relation, g.Key.To, g.Key.Stage, g.Where(e => e.Claim is not null).Select(e => e.Claim!).ToArray())
            {
                FromRegistry = g.Any(e => e.Claim is null),
            })
            .ToArray();
        var used = new HashSet<Organization>(edges.SelectMany(e => new[] { e.From, e.To }));
        return new CommandGraphView(dataset.Organizations.Where(used.Contains).ToArray(), edges);
    }

    public static string Label(OrganizationRelation relation) => relation switch
    {
        OrganizationRelation.PartOf => "part of",
        OrganizationRelation.ReportsTo => "reports to",
        OrganizationRelation.Commands => "commands",
        _ => "coordinates with",
    };

    /// <summary>One colour per relation, the same in both formats.</summary>
    public static string Color(OrganizationRelation relation) => relation switch
    {
        OrganizationRelation.PartOf => "#8c8c8c",
        OrganizationRelation.ReportsTo => "#1f5fbf",
        OrganizationRelation.Commands => "#c0392b",
        _ => "#2e8b57",
    };

    /// <summary>Fill and stroke of an organization by country: the two allies apart, the rest neutral.</summary>
    public static (string Class, string Fill, string Stroke) CountryStyle(Organization organization) => organization.Country switch
    {
        "US" => ("us", "#e3edfb", "#1f5fbf"),
        "JP" => ("jp", "#fbe6e6", "#b22222"),
        _ => ("other", "#f2f2f2", "#666666"),
    };
}

/// <summary>Writes the command graph as Mermaid (GitHub renders it in a ```mermaid fence) or Graphviz DOT.</summary>
internal static class GraphRenderer
{
    public static string Mermaid(CommandGraphView graph)
    {
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        text.Append("  %% Organization and command graph. Solid: standing (or registry structure); dashed: planned with the reform.\n");
        foreach (var node in graph.Nodes)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {NodeId(node)}[\"{MermaidText(node.Name)}\"]\n");
        }

        foreach (var edge in graph.Edges)
        {
            var arrow = edge.Stage == RelationStage.Planned ? "-.->" : "-->";
            text.Append(CultureInfo.InvariantCulture, $"  {NodeId(edge.From)} {arrow}|{MermaidText(EdgeLabel(edge))}| {NodeId(edge.To)}\n");
        }

        foreach (var group in graph.Edges.Select((edge, index) => (edge, index)).GroupBy(x => x.edge.Relation).OrderBy(g => g.Key))
        {
            var color = CommandGraphView.Color(group.Key);
            text.Append(CultureInfo.InvariantCulture, $"  linkStyle {string.Join(',', group.Select(x => x.index.ToString(CultureInfo.InvariantCulture)))} stroke:{color},color:{color}\n");
        }

        foreach (var group in graph.Nodes.GroupBy(n => CommandGraphView.CountryStyle(n)).OrderBy(g => g.Key.Class, System.StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  classDef {group.Key.Class} fill:{group.Key.Fill},stroke:{group.Key.Stroke},color:#111\n");
            text.Append(CultureInfo.InvariantCulture, $"  class {string.Join(',', group.Select(NodeId))} {group.Key.Class}\n");
        }

        return text.ToString();
    }

    public static string Dot(CommandGraphView graph)
    {
        var text = new StringBuilder();
        text.Append("digraph command_graph {\n");
        text.Append("  // Organization and command graph. Solid: standing (or registry structure); dashed: planned with the reform.\n");
        text.Append("  rankdir=LR;\n");
        text.Append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n");
        text.Append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        foreach (var node in graph.Nodes)
        {
            var (_, fill, stroke) = CommandGraphView.CountryStyle(node);
            text.Append(CultureInfo.InvariantCulture, $"  {DotString(node.Id)} [label={DotString(node.Name)}, fillcolor=\"{fill}\", color=\"{stroke}\"];\n");
        }

        foreach (var edge in graph.Edges)
        {
            var color = CommandGraphView.Color(edge.Relation);
            var style = edge.Stage == RelationStage.Planned ? "dashed" : "solid";
            var tooltip = edge.Claims.Count == 0 ? "registry" : string.Join(", ", edge.Claims.Select(c => c.Id));
            text.Append(CultureInfo.InvariantCulture, $"  {DotString(edge.From.Id)} -> {DotString(edge.To.Id)} [label={DotString(EdgeLabel(edge))}, style={style}, color=\"{color}\", fontcolor=\"{color}\", tooltip={DotString(tooltip)}];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The relation, and how many claims state it when more than one does.</summary>
    private static string EdgeLabel(GraphEdge edge) =>
        CommandGraphView.Label(edge.Relation) + (edge.Stage == RelationStage.Planned ? " (planned)" : string.Empty);

    /// <summary>Mermaid node IDs: letters, digits and underscores.</summary>
    private static string NodeId(Organization organization) => organization.Id.Replace('-', '_');

    /// <summary>Mermaid label text: quotes become an entity, so the label stays one string.</summary>
    private static string MermaidText(string text) => text.Replace("\"", "#quot;", System.StringComparison.Ordinal);

    private static string DotString(string text) => "\"" + text.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal) + "\"";
}
