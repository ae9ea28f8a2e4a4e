using System.Threading;
using Spectre.Console;

namespace AllianceData.Cli.Seeds;

/// <summary>Finds the dataset a command works on: the bundled one, or a seed folder validated and built at run time.</summary>
internal static class DatasetLoader
{
    /// <summary>Seed folders with at least this many files show a progress bar (on a terminal only).</summary>
    public const int ProgressThreshold = 500;

    /// <summary>The bundled dataset when <paramref name="seedFolder"/> is null; else the folder's, refused with its diagnostics when it has errors.</summary>
    public static Dataset Load(CliContext context, string? seedFolder)
    {
        if (seedFolder is null)
        {
            return Alliance.Dataset;
        }

        var validation = Validate(context, seedFolder);
        foreach (var diagnostic in validation.Diagnostics)
        {
            context.Error.WriteLine(SeedValidation.Format(diagnostic));
        }

        if (validation.HasErrors)
        {
            throw CliException.DataErrors($"The seeds in '{seedFolder}' have {validation.ErrorCount} error(s); fix them first (alliance validate {seedFolder}).");
        }

        return SpecConverter.ToDataset(validation.Spec);
    }

    /// <summary>Validates a folder, with a progress bar when the output is a terminal and the folder is large.</summary>
    public static SeedValidation Validate(CliContext context, string folder)
    {
        var files = SeedFolder.FindSeedFiles(folder);
        if (!context.IsTerminal || files.Count < ProgressThreshold)
        {
            return SeedFolder.Validate(folder, files);
        }

        SeedValidation? result = null;
        context.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"Validating {files.Count} seed files", maxValue: files.Count);
                var parsed = 0;
                result = SeedFolder.Validate(folder, files, () =>
                {
                    // Report every 1 % or so: the bar redraws on its own timer anyway.
                    if (Interlocked.Increment(ref parsed) % (files.Count / 100 + 1) == 0)
                    {
                        task.Value = Volatile.Read(ref parsed);
                    }
                });
                task.Value = files.Count;
            });
        return result!;
    }
}
