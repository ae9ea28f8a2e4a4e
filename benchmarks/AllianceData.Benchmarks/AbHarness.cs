using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using AllianceData.Corpus;
using AllianceData.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Benchmarks;

/// <summary>
/// <c>ab --baseline PATH [--articles 1000] [--rounds 15]</c>: this generator against another build of
/// it (PATH: its AllianceData.Generator.dll, e.g. from a <c>git worktree</c> of an older commit), in
/// one process and in alternation, with the bare parse in the same rounds. On this shared machine one
/// process's numbers sit at one of two levels and the next process's at the other (docs/benchmarks-history.md, "The third session of 2026-12-03"),
/// so old and new code measured in separate processes differ by as much as a change does. Here each
/// round runs both (in turns first), fresh drivers over fresh texts, then an edit of one annotation
/// on each cached driver, and the ratios are taken round by round.
/// </summary>
internal static class AbHarness
{
    /// <summary>Edits of one annotation after each full run; the round's edit time is their median.</summary>
    private const int EditsPerRound = 5;

    public static int Run(string[] args)
    {
        var baselinePath = Path.GetFullPath(Program.Option(args, "--baseline") ?? throw new ArgumentException("ab needs --baseline PATH/AllianceData.Generator.dll"));
        var size = int.Parse(Program.Option(args, "--articles") ?? "1000", CultureInfo.InvariantCulture);
        var rounds = int.Parse(Program.Option(args, "--rounds") ?? "15", CultureInfo.InvariantCulture);
        var corpus = CorpusBuilder.Build(size);
        var files = ScaleHarness.SeedFiles(corpus);
        var json = corpus.Files.Where(f => f.Key.EndsWith(".json", StringComparison.Ordinal)).Select(f => f.Value).ToList();
        var compilation = ScaleHarness.CreateCompilation();
        var generators = new (string Name, Func<IIncrementalGenerator> Create)[]
        {
            ("baseline", LoadBaseline(baselinePath)),
            ("this build", () => new SeedDatasetGenerator()),
        };
        Console.WriteLine($"A/B over {corpus}: {baselinePath} (baseline) against this build, {rounds} rounds");

        var full = generators.Select(_ => new List<double>()).ToArray();
        var edit = generators.Select(_ => new List<double>()).ToArray();
        var allocated = generators.Select(_ => new List<double>()).ToArray();
        var pauses = generators.Select(_ => new List<double>()).ToArray();
        var sources = new string[generators.Length];
        var bare = new List<double>();
        for (var round = -2; round < rounds; round++) // two rounds of warm-up, for the JIT's tiers
        {
            bare.Add(Time(() =>
            {
                foreach (var text in json)
                {
                    using var document = JsonDocument.Parse(text);
                }
            }));
            for (var turn = 0; turn < generators.Length; turn++)
            {
                var g = (turn + round + 2) % generators.Length; // who goes first alternates
                var (fullMs, editMs, mib, pauseMs, emitted) = RunOnce(generators[g].Create(), files, compilation);
                sources[g] = emitted;
                if (round >= 0)
                {
                    full[g].Add(fullMs);
                    edit[g].Add(editMs);
                    allocated[g].Add(mib);
                    pauses[g].Add(pauseMs);
                }
            }

            if (round < 0)
            {
                bare.Clear();
            }
        }

        Console.WriteLine(sources[0] == sources[1]
            ? "Both emit the same sources, byte for byte."
            : "The two builds emit different sources.");
        Console.WriteLine("| | bare parse ms | generator ms, median (best) | gen / bare parse, median of rounds | edit re-run ms, median (best) | edit / full run, median of rounds | allocated by a full run, MiB | of the full run, GC pauses ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var g = 0; g < generators.Length; g++)
        {
            var perRound = full[g].Zip(bare, (f, b) => f / b).ToList();
            var editShare = edit[g].Zip(full[g], (e, f) => 100 * e / f).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {generators[g].Name} | {Statistics.Median(bare):F1} | {Statistics.Median(full[g]):F1} ({full[g].Min():F1}) | {Statistics.Median(perRound):F2}x | {Statistics.Median(edit[g]):F2} ({edit[g].Min():F2}) | {Statistics.Median(editShare):F1} % | {Statistics.Median(allocated[g]):F1} | {Statistics.Median(pauses[g]):F1} |"));
        }

        var ratios = full[1].Zip(full[0], (n, o) => n / o).OrderBy(r => r).ToList();
        var editRatios = edit[1].Zip(edit[0], (n, o) => n / o).OrderBy(r => r).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"This build / baseline, round by round: full run median {Statistics.Median(ratios):F3} (quartiles {Statistics.Quantile(ratios, 0.25):F3} to {Statistics.Quantile(ratios, 0.75):F3}), edit median {Statistics.Median(editRatios):F3} (quartiles {Statistics.Quantile(editRatios, 0.25):F3} to {Statistics.Quantile(editRatios, 0.75):F3})"));
        return 0;
    }

    /// <summary>The baseline's generator, from its own load context; Roslyn and everything else are shared with this process.</summary>
    private static Func<IIncrementalGenerator> LoadBaseline(string path)
    {
        var context = new BaselineContext(path);
        var type = context.LoadFromAssemblyPath(path).GetType(typeof(SeedDatasetGenerator).FullName!, throwOnError: true)!;
        if (type == typeof(SeedDatasetGenerator))
        {
            throw new InvalidOperationException("The baseline resolved to this build's generator: compare two different builds.");
        }

        return () => (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

    /// <summary>A full run on a fresh driver over fresh texts (its time by Roslyn's timing, and what it allocated), then one annotation edited and re-run on it.</summary>
    private static (double Full, double Edit, double AllocatedMiB, double PauseMs, string Sources) RunOnce(IIncrementalGenerator generator, List<(string Path, SourceText Text)> files, Compilation compilation)
    {
        ScaleHarness.Collect();
        var texts = ScaleHarness.FreshTexts(files);
        var driver = ScaleHarness.CreateDriver(generator, texts, track: false);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        driver = driver.RunGenerators(compilation);
        var pauseMs = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
        var mib = (GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0;
        var fullMs = driver.GetTimingInfo().ElapsedTime.TotalMilliseconds;
        var emitted = string.Join("\n", driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName + "\n" + s.SourceText));

        // One edit is a few milliseconds, as noisy as its sample is small: each round takes the median of several.
        var editedPath = ScaleHarness.EditedAnnotation(files).Path;
        AdditionalText edited = texts.First(t => t.Path == editedPath);
        var edits = new List<double>();
        for (var i = 0; i < EditsPerRound; i++)
        {
            var replacement = new ScaleHarness.MemoryAdditionalText(edited.Path, SourceText.From(ScaleHarness.EditModality(edited.GetText()!.ToString()), Encoding.UTF8));
            ScaleHarness.Collect();
            driver = driver.ReplaceAdditionalText(edited, replacement).RunGenerators(compilation);
            edited = replacement;
            edits.Add(driver.GetTimingInfo().ElapsedTime.TotalMilliseconds);
        }

        return (fullMs, Statistics.Median(edits), mib, pauseMs, emitted);
    }

    private static double Time(Action action)
    {
        ScaleHarness.Collect();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Loads only the baseline generator itself; every other assembly it asks for comes from this process.</summary>
    private sealed class BaselineContext : AssemblyLoadContext
    {
        private readonly string _path;

        public BaselineContext(string path)
            : base("baseline generator") => _path = path;

        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == Path.GetFileNameWithoutExtension(_path) ? LoadFromAssemblyPath(_path) : null;
    }
}
