using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using AllianceData.Cli.Export;
using AllianceData.Cli.Querying;
using AllianceData.Cli.Rendering;
using AllianceData.Query;
using Spectre.Console;

namespace AllianceData.Cli.Commands;

/// <summary><c>alliance claims|facts|conflicts|timeline</c>: the query API from the command line.</summary>
internal static class QueryCommands
{
    public static Command Claims(CliContext context)
    {
        var options = new QueryOptions();
        var command = new Command("claims", "List claims: subject, predicate, object, modality, article and the quote that states each.");
        options.AddTo(command);
        command.SetAction(parse => CommandLineApp.Execute(context, () =>
        {
            var (dataset, filter) = options.Resolve(context, parse);
            var claims = filter.Apply(dataset).ToArray();
            if (parse.GetValue(options.Json))
            {
                WriteJson(context, claims.Select(RecordMapper.Claim).ToArray(), ExportJsonContext.Indented.IReadOnlyListClaimRecord);
            }
            else
            {
                context.Console.Write(Tables.Claims(claims));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Facts(CliContext context)
    {
        var options = new QueryOptions();
        var corroborated = new Option<bool>("--corroborated") { Description = "Only facts that two or more independent sources state." };
        var command = new Command("facts", "List facts: claims that state the same thing, with their independent sources. A fact is listed when any of its claims passes the filters.");
        options.AddTo(command);
        command.Add(corroborated);
        command.SetAction(parse => CommandLineApp.Execute(context, () =>
        {
            var (dataset, filter) = options.Resolve(context, parse);
            var facts = dataset.Facts
                .Where(f => filter.IsEmpty || f.Claims.Any(filter.Matches))
                .Where(f => !parse.GetValue(corroborated) || f.IsCorroborated)
                .ToArray();
            if (parse.GetValue(options.Json))
            {
                WriteJson(context, facts.Select(RecordMapper.Fact).ToArray(), ExportJsonContext.Indented.IReadOnlyListFactRecord);
            }
            else
            {
                context.Console.Write(Tables.Facts(facts));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Conflicts(CliContext context)
    {
        var options = new QueryOptions();
        var command = new Command("conflicts", "List conflicts: single-valued predicates whose claimed values cannot all hold, marked contradiction or evolution (a later report changed it).");
        options.AddTo(command);
        command.SetAction(parse => CommandLineApp.Execute(context, () =>
        {
            var (dataset, filter) = options.Resolve(context, parse);
            var conflicts = dataset.Conflicts.Where(c => filter.IsEmpty || c.Claims.Any(filter.Matches)).ToArray();
            if (parse.GetValue(options.Json))
            {
                WriteJson(context, conflicts.Select(RecordMapper.Conflict).ToArray(), ExportJsonContext.Indented.IReadOnlyListConflictRecord);
            }
            else
            {
                context.Console.Write(Tables.Conflicts(conflicts));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Timeline(CliContext context)
    {
        var options = new QueryOptions();
        var format = CommandLineApp.FormatOption("table: readable table; json: same as --json; svg: a drawn timeline; mermaid: a Mermaid gantt chart.", "table", "json", "svg", "mermaid");
        var byReporting = new Option<bool>("--by-reporting") { Description = "Order by when each claim was reported, not by the time it refers to." };
        var output = CommandLineApp.OutOption();
        var command = new Command("timeline", "List dated claims (a time object, or a 'when') in time order; or draw them as SVG or Mermaid.");
        options.AddTo(command);
        command.Add(format);
        command.Add(byReporting);
        command.Add(output);
        command.SetAction(parse => CommandLineApp.Execute(context, () =>
        {
            var chosen = parse.GetValue(format)!;
            var json = parse.GetValue(options.Json);
            if (json && chosen is not ("table" or "json"))
            {
                throw CliException.Usage($"--json and --format {chosen} ask for different outputs; give one.");
            }

            if (!json && chosen == "table" && parse.GetValue(output) is not null)
            {
                throw CliException.Usage("--out is for --format json, svg or mermaid; a table goes to the terminal.");
            }

            var (dataset, filter) = options.Resolve(context, parse);
            var timeline = parse.GetValue(byReporting) ? dataset.TimelineByReporting : dataset.Timeline;
            var entries = timeline.Where(e => filter.Matches(e.Claim)).ToArray();
            using var writer = CommandLineApp.OpenOutput(context, parse.GetValue(output));
            switch (json ? "json" : chosen)
            {
                case "json":
                    IReadOnlyList<TimelineRecord> records = entries.Select(RecordMapper.Timeline).ToArray();
                    writer.WriteLine(JsonSerializer.Serialize(records, ExportJsonContext.Indented.IReadOnlyListTimelineRecord));
                    break;
                case "svg":
                    writer.Write(TimelineSvg.Render(entries));
                    break;
                case "mermaid":
                    writer.Write(TimelineMermaid.Render(entries));
                    break;
                default:
                    context.Console.Write(Tables.Timeline(entries));
                    break;
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteJson<T>(CliContext context, IReadOnlyList<T> records, System.Text.Json.Serialization.Metadata.JsonTypeInfo<IReadOnlyList<T>> typeInfo) =>
        context.Out.WriteLine(JsonSerializer.Serialize(records, typeInfo));
}
