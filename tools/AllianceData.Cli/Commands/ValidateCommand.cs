using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using AllianceData.Cli.Export;
using AllianceData.Cli.Seeds;
using Microsoft.CodeAnalysis;

namespace AllianceData.Cli.Commands;

/// <summary><c>alliance validate &lt;folder&gt;</c>: the generator's checks over seeds on disk, printed as MSBuild prints them.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "The seed folder: article texts (*.txt), their annotations and the registries (*.json), searched recursively." };
        var json = new Option<bool>("--json") { Description = "Print the diagnostics as a JSON array instead of MSBuild lines." };
        var command = new Command(
            "validate",
            "Check a seed folder as the build does, and print each problem as 'path(line,col): error ALD0006: message'. " +
            "Exit code 1 when there are errors, 0 when there are only warnings or none.")
        {
            folder,
            json,
        };
        command.SetAction(parse => CommandLineApp.Execute(context, () => Run(context, parse.GetValue(folder)!, parse.GetValue(json))));
        return command;
    }

    private static int Run(CliContext context, string folder, bool json)
    {
        var validation = DatasetLoader.Validate(context, folder);
        if (json)
        {
            IReadOnlyList<DiagnosticRecord> records = validation.Diagnostics.Select(ToRecord).ToArray();
            context.Out.WriteLine(JsonSerializer.Serialize(records, ExportJsonContext.Indented.IReadOnlyListDiagnosticRecord));
        }
        else
        {
            foreach (var diagnostic in validation.Diagnostics)
            {
                context.Out.WriteLine(SeedValidation.Format(diagnostic));
            }

            context.Out.WriteLine($"{validation.FileCount} seed file(s) in '{folder}': {validation.ErrorCount} error(s), {validation.WarningCount} warning(s).");
        }

        return validation.HasErrors ? ExitCodes.DataErrors : ExitCodes.Success;
    }

    private static DiagnosticRecord ToRecord(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var located = diagnostic.Location != Location.None;
        return new DiagnosticRecord(
            "diagnostic",
            diagnostic.Id,
            diagnostic.Severity.ToString().ToLowerInvariant(),
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            located ? span.Path : null,
            located ? span.StartLinePosition.Line + 1 : null,
            located ? span.StartLinePosition.Character + 1 : null,
            located ? span.EndLinePosition.Line + 1 : null,
            located ? span.EndLinePosition.Character + 1 : null,
            string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri);
    }
}
