using System.CommandLine;
using AllianceData.Cli.Rendering;
using AllianceData.Cli.Seeds;

namespace AllianceData.Cli.Commands;

/// <summary><c>alliance graph</c>: the organization and command graph as Mermaid or Graphviz DOT.</summary>
internal static class GraphCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommandLineApp.FormatOption("mermaid: a Mermaid flowchart (renders on GitHub); dot: Graphviz.", "mermaid", "dot");
        var output = CommandLineApp.OutOption();
        var seeds = CommandLineApp.SeedsOption();
        var command = new Command(
            "graph",
            "Draw the organization and command graph: part-of, reports-to, commands, coordinates-with. " +
            "Solid edges stand now (or are structure from the registry); dashed edges come with the reform (planned, expected, agreed, announced).")
        {
            format,
            output,
            seeds,
        };
        command.SetAction(parse => CommandLineApp.Execute(context, () =>
        {
            var dataset = DatasetLoader.Load(context, parse.GetValue(seeds));
            var graph = CommandGraphView.From(dataset);
            using var writer = CommandLineApp.OpenOutput(context, parse.GetValue(output));
            writer.Write(parse.GetValue(format) == "dot" ? GraphRenderer.Dot(graph) : GraphRenderer.Mermaid(graph));
            return ExitCodes.Success;
        }));
        return command;
    }
}
