using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AllianceData.Testing;

namespace AllianceData.Cli.Tests;

public class DrawingTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Line(string output, string start) =>
        output.Split('\n').SingleOrDefault(l => l.TrimStart().StartsWith(start, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"No line starts with '{start}' in:\n{output}");

    [Fact]
    public void Mermaid_graph_has_the_registry_command_line_solid_and_the_reform_dashed()
    {
        var result = Cli.Run("graph");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("flowchart LR\n", result.Out);
        Assert.Contains("us_forces_japan[\"U.S. Forces Japan\"]", result.Out);
        Assert.Equal("us_forces_japan -->|\"part of \u00B7 reports to\"| us_indo_pacific_command", Line(result.Out, "us_forces_japan -->|\"part of").Trim());
        Assert.Equal("us_forces_japan -.->|\"reports to (planned)\"| us_indo_pacific_command", Line(result.Out, "us_forces_japan -.->|\"reports to").Trim());
        Assert.Contains("japan_joint_operations_command -->|\"commands\"| japan_ground_self_defense_force", result.Out);
        Assert.Contains("us_forces_japan -.->|\"coordinates with (planned)\"| japan_joint_operations_command", result.Out);
        Assert.Contains("subgraph", result.Out);
        Assert.Contains("linkStyle", result.Out);
    }

    [Fact]
    public void Dot_graph_styles_planned_edges_dashed()
    {
        var result = Cli.Run("graph", "--format", "dot");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("digraph command_graph {", result.Out);
        Assert.Contains("\"us-forces-japan\" -> \"us-indo-pacific-command\" [label=\"part of \u00B7 reports to\", style=solid", result.Out);
        Assert.Contains("\"us-forces-japan\" -> \"us-army\" [label=\"commands (planned)\", style=dashed", result.Out);
        Assert.EndsWith("}\n", result.Out);
        Assert.Equal(result.Out.Count(c => c == '{'), result.Out.Count(c => c == '}'));
    }

    [Fact]
    public void Graph_with_a_bad_format_or_folder_is_a_usage_error()
    {
        var result = Cli.Run("graph", "--format", "png");
        var folder = Cli.Run("graph", "--seeds", Path.Combine(Path.GetTempPath(), "no-such-seeds-folder"));
        var outIsFolder = Cli.Run("graph", "--out", Path.GetTempPath());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("png", result.Error);
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("does not exist", folder.Error);
        Assert.Equal(2, outIsFolder.ExitCode);
        Assert.Contains("is a folder", outIsFolder.Error);
    }

    [Fact]
    public void Graph_over_a_seed_folder_with_errors_is_refused()
    {
        using var seeds = new TempSeeds();
        seeds.Edit("organizations.json", "\"us-department-of-defense\"\n      ],", "\"us-department-of-defence\"\n      ],");

        var result = Cli.Run("graph", "--seeds", seeds.Folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("error ALD0006: Unknown organization 'us-department-of-defence'; did you mean 'us-department-of-defense'?", result.Error);
    }

    [Fact]
    public void Timeline_svg_is_well_formed_with_a_row_per_dated_claim()
    {
        var result = Cli.Run("timeline", "--format", "svg");

        Assert.True(result.ExitCode == 0, result.ToString());
        var svg = XDocument.Parse(result.Out);
        Assert.Equal(Svg + "svg", svg.Root!.Name);
        var rows = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "claims").Elements(Svg + "g").ToList();
        Assert.Equal(Alliance.Dataset.Timeline.Select(e => e.Claim.Id).OrderBy(i => i, StringComparer.Ordinal), rows.Select(r => (string)r.Attribute("id")!).OrderBy(i => i, StringComparer.Ordinal));
        Assert.All(rows, r => Assert.NotNull(r.Element(Svg + "title")));
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("1960", texts);
        Assert.Contains("2025", texts);
        Assert.Contains(texts, t => t.Contains("is launched on", StringComparison.Ordinal));
    }

    [Fact]
    public void Timeline_bars_are_as_wide_as_the_interval_of_their_date()
    {
        var svg = XDocument.Parse(Cli.Run("timeline", "--format", "svg", "--about", "japan-joint-operations-command").Out);
        double Width(string claimId) => double.Parse(
            (string)svg.Descendants(Svg + "g").Single(g => ((string?)g.Attribute("id"))?.EndsWith(claimId, StringComparison.Ordinal) == true).Element(Svg + "rect")!.Attribute("width")!,
            System.Globalization.CultureInfo.InvariantCulture);

        var launches = Alliance.Dataset.Timeline.Where(e => e.Claim.Subject.Id == "japan-joint-operations-command" && e.Claim.Predicate.Id == "launch-date").ToList();
        var byMarch = launches.Single(e => e.Time.Expression == "by March 2025");
        var endOf2024 = launches.Single(e => e.Time.Expression == "at the end of 2024");

        // 13 months against 3: one axis stretch, one scale.
        Assert.InRange(Width(byMarch.Claim.Id) / Width(endOf2024.Claim.Id), 3.5, 5.0);
    }

    [Fact]
    public void Timeline_mermaid_is_a_gantt_chart_with_a_section_per_subject()
    {
        var result = Cli.Run("timeline", "--format", "mermaid");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("gantt\n", result.Out);
        Assert.Contains("  section JSDF Joint Operations Command\n", result.Out);
        Assert.Contains("is launched on at the end of 2024 (expected) :crit, ", result.Out);
        Assert.Contains(", 2024-10-01, 2025-01-01\n", result.Out);
        Assert.Contains("milestone", result.Out);
    }

    [Fact]
    public void Timeline_format_conflicts_are_usage_errors()
    {
        var both = Cli.Run("timeline", "--json", "--format", "svg");
        var tableToFile = Cli.Run("timeline", "--out", Path.Combine(Path.GetTempPath(), "timeline.txt"));

        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--json and --format svg", both.Error);
        Assert.Equal(2, tableToFile.ExitCode);
        Assert.Contains("--out is for", tableToFile.Error);
    }

    [Fact]
    public void The_pictures_in_docs_are_the_current_output()
    {
        var graph = File.ReadAllText(Path.Combine(RepoPaths.Docs, "command-graph.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var timeline = File.ReadAllText(Path.Combine(RepoPaths.Docs, "timeline.svg")).Replace("\r\n", "\n", StringComparison.Ordinal);

        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains("```mermaid\n" + Cli.Run("graph").Out + "```", graph);
        Assert.Contains("```mermaid\n" + Cli.Run("graph").Out + "```", readme);
        Assert.Contains("![Timeline of the dated claims](docs/timeline.svg)", readme);
        Assert.Equal(Cli.Run("timeline", "--format", "svg").Out, timeline);
    }
}
