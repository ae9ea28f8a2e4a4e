using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AllianceData.Corpus;
using AllianceData.Generator;
using Microsoft.CodeAnalysis;

namespace AllianceData.Benchmarks;

/// <summary>
/// The generator's first run in a fresh process, as a new compiler process's first build runs it: the JIT
/// compiles the generator's code, and Roslyn's generic pipeline code instantiated over its models, on
/// the way. Each run is a child process (<c>cold-run-child</c>) that first runs a trivial generator over
/// the same inputs (the attribute lookup, the additional files, their options, one source), so Roslyn's
/// own paths are compiled before the timed run, then the generator three times, each on a fresh driver:
/// the first is the cold run, the better of the other two the next run (still mostly code the JIT
/// compiled quickly, before tiering recompiles the hot methods, so slower than a long-lived compiler's).
/// </summary>
internal static class ColdRunHarness
{
    public static int Run(string[] args)
    {
        var sizes = (Program.Option(args, "--sizes") ?? "5,100,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var runs = int.Parse(Program.Option(args, "--runs") ?? "7", CultureInfo.InvariantCulture);
        Console.WriteLine("| articles | runs | first run in a fresh process, median ms | next run in that process, median ms | first / next |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in sizes)
        {
            var first = new List<double>();
            var next = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var output = Program.RunChild($"cold-run-child --articles {size}", 2);
                first.Add(double.Parse(output[0], CultureInfo.InvariantCulture));
                next.Add(double.Parse(output[1], CultureInfo.InvariantCulture));
            }

            var (firstMs, nextMs) = (Statistics.Median(first), Statistics.Median(next));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | {runs} | {firstMs:F1} | {nextMs:F1} | {firstMs / nextMs:F1}x |"));
        }

        return 0;
    }

    /// <summary>One child: prints the first run's time and the better of the next two, as the driver times them.</summary>
    public static int Child(string[] args)
    {
        var size = int.Parse(Program.Option(args, "--articles") ?? "5", CultureInfo.InvariantCulture);
        var files = ScaleHarness.SeedFiles(CorpusBuilder.Build(size));
        var compilation = ScaleHarness.CreateCompilation();
        double RunOnce(IIncrementalGenerator generator)
        {
            var driver = ScaleHarness.CreateDriver(generator, ScaleHarness.FreshTexts(files), track: false).RunGenerators(compilation);
            if (!driver.GetRunResult().Diagnostics.IsEmpty)
            {
                throw new InvalidOperationException("The corpus gave diagnostics: " + driver.GetRunResult().Diagnostics[0]);
            }

            return driver.GetTimingInfo().ElapsedTime.TotalMilliseconds;
        }

        RunOnce(new WarmUpGenerator());
        var first = RunOnce(new SeedDatasetGenerator());
        var next = Math.Min(RunOnce(new SeedDatasetGenerator()), RunOnce(new SeedDatasetGenerator()));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first:R} {next:R}"));
        return 0;
    }

    /// <summary>Takes the inputs the real generator takes, the way it takes them, and does nothing with them: it compiles Roslyn's side.</summary>
#pragma warning disable RS1036, RS1041 // an in-process measurement, not a compiler extension
    private sealed class WarmUpGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var classes = context.SyntaxProvider.ForAttributeWithMetadataName("AllianceData.SeedDatasetAttribute", static (_, _) => true, static (target, _) => target.TargetSymbol.Name);
            var files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, cancellationToken) => pair.Right.GetOptions(pair.Left).TryGetValue(SeedDatasetGenerator.SeedMetadata, out _) ? pair.Left.GetText(cancellationToken)!.Length : 0)
                .Collect();
            context.RegisterSourceOutput(classes.Combine(files), static (output, pair) => output.AddSource(pair.Left + ".g.cs", "// " + pair.Right.Sum()));
        }
    }
#pragma warning restore RS1036, RS1041
}
