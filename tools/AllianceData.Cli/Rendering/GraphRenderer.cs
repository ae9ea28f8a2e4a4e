using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AllianceData.Query;

namespace AllianceData.Cli.Rendering;

/// <summary>
/// One drawn edge: the graph's edges between the same two organizations at the same stage, merged
/// (the registry's "part of" and "reports to" of one pair become one arrow), with the claims that state them.
/// </summary>
internal sealed record GraphEdge(Organization From, Organization To, RelationStage Stage, IReadOnlyList<OrganizationRelation> Relations, IReadOnlyList<Claim> Claims)
{
    /// <summary>The relation that colours the edge: commands, then reports to, coordinates with, part of.</summary>
    public OrganizationRelation Main => Relations.OrderBy(CommandGraphView.Rank).First();
}

/// <summary>The command graph as drawn: organizations that have an edge, grouped by country, and the merged edges.</summary>
internal sealed class CommandGraphView
{
    private CommandGraphView(IReadOnlyList<Organization> nodes, IReadOnlyList<GraphEdge> edges, IReadOnlyList<(string Name, IReadOnlyList<Organization> Members)> groups)
    {
        Nodes = nodes;
        Edges = edges;
        Groups = groups;
    }

    public IReadOnlyList<Organization> Nodes { get; }

    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>The nodes by country, named after the country's government when the dataset has one ("United States"); "Other" for the rest.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<Organization> Members)> Groups { get; }

    public static CommandGraphView From(Dataset dataset)
    {
        var edges = dataset.CommandGraph.Edges
            .GroupBy(e => (e.From, e.To, e.Stage))
            .Select(g => new GraphEdge(
                g.Key.From,
                g.Key.To,
                g.Key.Stage,
                g.Select(e => e.Relation).Distinct().OrderBy(r => r).ToArray(),
                g.Where(e => e.Claim is not null).Select(e => e.Claim!).ToArray()))
            .ToArray();
        var used = new HashSet<Organization>(edges.SelectMany(e => new[] { e.From, e.To }));
        var nodes = dataset.Organizations.Where(used.Contains).ToArray();
        var groups = nodes
            .GroupBy(n => n.Country)
            .Select(g => (Name: g.Key is null ? "Other" : dataset.Organizations.FirstOrDefault(o => o.Country == g.Key && o.Kind == OrganizationKind.Government)?.Name ?? g.Key, Members: (IReadOnlyList<Organization>)g.ToArray()))
            .ToList();

        // Countries with a single organization join "Other", so the picture keeps two clear sides.
        var small = groups.Where(g => g.Members.Count == 1 || g.Name == "Other").ToList();
        if (small.Count > 0)
        {
            groups = groups.Except(small).Append(("Other", small.SelectMany(g => g.Members).ToArray())).ToList();
        }

        return new CommandGraphView(nodes, edges, groups);
    }

    public static int Rank(OrganizationRelation relation) => relation switch
    {
        OrganizationRelation.Commands => 0,
        OrganizationRelation.ReportsTo => 1,
        OrganizationRelation.CoordinatesWith => 2,
        _ => 3,
    };

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
        foreach (var (group, index) in graph.Groups.Select((g, i) => (g, i)))
        {
            text.Append(CultureInfo.InvariantCulture, $"  subgraph group{index}[\"{MermaidText(group.Name)}\"]\n");
            foreach (var node in group.Members)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {NodeId(node)}[\"{MermaidText(node.Name)}\"]\n");
            }

            text.Append("  end\n");
        }

        foreach (var edge in graph.Edges)
        {
            var arrow = edge.Stage == RelationStage.Planned ? "-.->" : "-->";
            text.Append(CultureInfo.InvariantCulture, $"  {NodeId(edge.From)} {arrow}|\"{MermaidText(EdgeLabel(edge))}\"| {NodeId(edge.To)}\n");
        }

        foreach (var group in graph.Edges.Select((edge, index) => (edge, index)).GroupBy(x => x.edge.Main).OrderBy(g => g.Key))
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
        foreach (var (group, index) in graph.Groups.Select((g, i) => (g, i)))
        {
            text.Append(CultureInfo.InvariantCulture, $"  subgraph cluster_{index} {{\n    label={DotString(group.Name)}; style=\"rounded,dashed\"; color=\"#a0aec0\"; fontname=\"Helvetica\";\n");
            foreach (var node in group.Members)
            {
                var (_, fill, stroke) = CommandGraphView.CountryStyle(node);
                text.Append(CultureInfo.InvariantCulture, $"    {DotString(node.Id)} [label={DotString(node.Name)}, fillcolor=\"{fill}\", color=\"{stroke}\"];\n");
            }

            text.Append("  }\n");
        }

        foreach (var edge in graph.Edges)
        {
            var color = CommandGraphView.Color(edge.Main);
            var style = edge.Stage == RelationStage.Planned ? "dashed" : "solid";
            var tooltip = edge.Claims.Count == 0 ? "registry" : string.Join(", ", edge.Claims.Select(c => c.Id));
            text.Append(CultureInfo.InvariantCulture, $"  {DotString(edge.From.Id)} -> {DotString(edge.To.Id)} [label={DotString(EdgeLabel(edge))}, style={style}, color=\"{color}\", fontcolor=\"{color}\", tooltip={DotString(tooltip)}];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The relations ("part of · reports to"), marked when planned.</summary>
    private static string EdgeLabel(GraphEdge edge) =>
        string.Join(" \u00B7 ", edge.Relations.Select(CommandGraphView.Label)) + (edge.Stage == RelationStage.Planned ? " (planned)" : string.Empty);

    /// <summary>Mermaid node IDs: letters, digits and underscores.</summary>
    private static string NodeId(Organization organization) => organization.Id.Replace('-', '_');

    /// <summary>Mermaid label text: quotes become an entity, so the label stays one string.</summary>
    private static string MermaidText(string text) => text.Replace("\"", "#quot;", System.StringComparison.Ordinal);

    private static string DotString(string text) => "\"" + text.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal) + "\"";
}
