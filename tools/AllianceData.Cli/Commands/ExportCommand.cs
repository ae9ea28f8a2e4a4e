using System.CommandLine;
using AllianceData.Cli.Export;
using AllianceData.Cli.Seeds;

namespace AllianceData.Cli.Commands;

/// <summary><c>alliance export</c>: the dataset as JSON Lines (lossless), CSV or JSON-LD.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommandLineApp.FormatOption(
            "jsonl: every record, one JSON object per line, lossless; csv: one table; jsonld: schema.org JSON-LD.",
            "jsonl", "csv", "jsonld");
        var table = new Option<string?>("--table")
        {
            Description = "The table of a CSV export (default: claims).",
            HelpName = string.Join('|', CsvExporter.TableNames),
        };
        table.AcceptOnlyFromAmong(CsvExporter.TableNames);
        var output = CommandLineApp.OutOption();
        var seeds = CommandLineApp.SeedsOption();
        var command = new Command("export", "Export articles, entities, predicates, claims (with evidence quotes and offsets) and facts.")
        {
            format,
            table,
            output,
            seeds,
        };
        command.SetAction(parse => CommandLineApp.Execute(context, () =>
        {
            var chosen = parse.GetValue(format)!;
            var tableName = parse.GetValue(table);
            if (tableName is not null && chosen != "csv")
            {
                throw CliException.Usage($"--table is for --format csv; --format {chosen} exports everything.");
            }

            var dataset = DatasetLoader.Load(context, parse.GetValue(seeds));
            using var writer = CommandLineApp.OpenOutput(context, parse.GetValue(output));
            switch (chosen)
            {
                case "csv":
                    CsvExporter.Write(dataset, tableName ?? "claims", writer);
                    break;
                case "jsonld":
                    JsonLdExporter.Write(dataset, writer);
                    break;
                default:
                    JsonLinesExporter.Write(dataset, writer);
                    break;
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
