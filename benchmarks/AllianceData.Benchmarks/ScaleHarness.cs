using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using System.Threading;
using AllianceData.Corpus;
using AllianceData.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Benchmarks;

/// <summary>
/// The generator scale harness: one-shot runs over synthetic corpora of several sizes, each size
/// measured in the same process, side by side with a bare System.Text.Json parse of the same files.
/// Not BenchmarkDotNet: a 10,000-article run is one big measurement, not a micro-benchmark.
/// </summary>
internal static class ScaleHarness
{
    private const string DatasetSource = """
        namespace Bench;

        [AllianceData.SeedDataset]
        public static partial class Data;
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Dataset).Assembly.Location))
            .ToImmutableArray();

    private static readonly bool Verbose = Environment.GetEnvironmentVariable("ALLIANCEDATA_VERBOSE") == "1";

    /// <summary>Whether the measured build embeds the article texts as resources (what the package's targets do) or compiles them in.</summary>
    private static bool EmbedTexts = true;

    public static int Run(string[] args)
    {
        var sizes = (Program.Option(args, "--sizes") ?? "10,100,1000,10000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            .ToArray();
        var build = args.Contains("--build");
        var repeat = int.Parse(Program.Option(args, "--repeat") ?? "3", CultureInfo.InvariantCulture);

        // --texts embedded (the default: as the package's targets build), inline (every text compiled
        // in as a literal), or both: each size measured both ways, one after the other, in this process.
        var texts = Program.Option(args, "--texts") ?? "embedded";
        var modes = texts == "both" ? new[] { true, false } : new[] { texts != "inline" };

        Console.WriteLine($"AllianceData generator scale harness: sizes {string.Join(", ", sizes)}; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
        // On 100 articles, both ways: on 10 the first measured size still paid for compiling the
        // compiler's and the generator's code (its first run measured up to half again as long).
        Console.WriteLine("Warming up (generator, compiler, runtime library) on 100 articles...");
        foreach (var embed in modes)
        {
            EmbedTexts = embed;
            Measure(100, repeat: 2, build: false, quiet: true);
        }


        var rows = new List<Row>();
        foreach (var size in sizes)
        {
            foreach (var embed in modes)
            {
                EmbedTexts = embed;
                rows.Add(Measure(size, size >= 5000 ? 1 : repeat, build, quiet: false));
            }
        }

        Print(rows);
        return rows.All(r => r.CompileError is null) ? 0 : 1;
    }

    private sealed record Row(
        int Articles,
        bool Embedded,
        int Files,
        long Claims,
        double SeedMiB,
        double ParseMs,
        double GeneratorMs,
        double GeneratorWallMs,
        double FloorMs,
        double EditMs,
        string EditOutputs,
        double AllocatedMiB,
        int SourceFiles,
        double SourceMiB,
        double CompileMs,
        double AssemblyMiB,
        string? CompileError,
        double FirstAccessMs,
        double MaterializeMs,
        double PeakWorkingSetMiB,
        double? BuildSeconds);

    private static Row Measure(int size, int repeat, bool build, bool quiet)
    {
        void Say(string text)
        {
            if (!quiet)
            {
                Console.WriteLine(text);
            }
        }

        var corpus = CorpusBuilder.Build(size);
        var files = SeedFiles(corpus);
        var jsonTexts = corpus.Files.Where(f => f.Key.EndsWith(".json", StringComparison.Ordinal)).Select(f => f.Value).ToList();
        Say($"== {corpus}: {files.Count} files, {corpus.SizeInBytes / 1048576.0:F1} MiB; texts {(EmbedTexts ? "embedded as resources" : "compiled in")}");

        // Baseline: a bare JsonDocument.Parse of every JSON file, warmed up and taken best of many:
        // it is the denominator of every ratio, and a single run of it is the noisiest number here.
        void BareParse()
        {
            foreach (var json in jsonTexts)
            {
                using var document = JsonDocument.Parse(json);
            }
        }

        var parseMs = Best(size >= 5000 ? 3 : 10, BareParse);
        Say($"   bare JSON parse:     {parseMs,10:F1} ms");

        // The generator alone, on a fresh driver each time (no cache): timing info and wall clock.
        var compilation = CreateCompilation();
        double generatorMs = double.MaxValue, wallMs = double.MaxValue;
        long allocated = 0;
        GeneratorDriver driver = null!;
        Compilation output = null!;
        var edited = EditedAnnotation(files);
        AdditionalText editedText = null!;
        for (var i = 0; i < repeat; i++)
        {
            Collect();
            var texts = FreshTexts(files);
            editedText = texts.First(t => t.Path == edited.Path);
            var fresh = CreateDriver(texts, track: false);
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            fresh = fresh.RunGeneratorsAndUpdateCompilation(compilation, out var updated, out _);
            watch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            var timing = fresh.GetTimingInfo().ElapsedTime.TotalMilliseconds;
            if (Verbose)
            {
                Console.WriteLine($"     run {i + 1}: {timing:F1} ms (wall {watch.Elapsed.TotalMilliseconds:F1} ms)");
            }

            if (timing < generatorMs)
            {
                generatorMs = timing;
            }

            wallMs = Math.Min(wallMs, watch.Elapsed.TotalMilliseconds);
            (driver, output) = (fresh, updated);
        }

        // The floor: the same driver, options and files, with a generator that only does the bare parse.
        var floorMs = double.MaxValue;
        for (var i = 0; i < repeat; i++)
        {
            Collect();
            var texts = FreshTexts(files);
            var floor = CreateDriver(new FloorGenerator(), texts, track: false).RunGenerators(compilation);
            floorMs = Math.Min(floorMs, floor.GetTimingInfo().ElapsedTime.TotalMilliseconds);
        }

        // The driver's timing leaves out Roslyn parsing what was emitted: it makes the generated trees
        // without parsing them, and the compilation parses them when it first needs them (in the
        // compile column). Shown on a run of its own: its timing, then its trees parsed.
        {
            Collect();
            var texts = FreshTexts(files);
            var run = CreateDriver(texts, track: false).RunGenerators(compilation);
            var parseWatch = Stopwatch.StartNew();
            foreach (var tree in run.GetRunResult().GeneratedTrees)
            {
                tree.GetRoot();
            }

            Say($"   a generator run of {run.GetTimingInfo().ElapsedTime.TotalMilliseconds:F1} ms, then its emitted trees parsed: {parseWatch.Elapsed.TotalMilliseconds:F1} ms (lazily, by the compile: not in the generator's time)");
        }

        // The bare parse once more, after the generator runs: a single series of it swings several
        // times over on this shared machine, and the baseline is the denominator of every ratio.
        var parseAgainMs = Best(size >= 5000 ? 3 : 10, BareParse);
        Say($"   bare JSON parse, again: {parseAgainMs,7:F1} ms (the lower of the two is the baseline)");
        parseMs = Math.Min(parseMs, parseAgainMs);

        var result = driver.GetRunResult();
        var diagnostics = result.Diagnostics;
        if (!diagnostics.IsEmpty)
        {
            Console.WriteLine($"   !! {diagnostics.Length} generator diagnostic(s), first: {diagnostics[0]}");
        }

        var sources = result.Results.SelectMany(r => r.GeneratedSources).ToList();
        var sourceBytes = sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
        Say($"   floor (bare parse in the driver): {floorMs,6:F1} ms");
        Say($"   generator:           {generatorMs,10:F1} ms (wall {wallMs:F1} ms, {allocated / 1048576.0:F0} MiB allocated) → {sources.Count} source file(s), {sourceBytes / 1048576.0:F1} MiB");

        // Incremental: edit one annotation (a claim's modality) and re-run the cached driver. A file
        // the driver re-emits is a new SourceText; one it keeps from its cache is the same object.
        var editMs = double.MaxValue;
        var reEmitted = 0;
        for (var i = 0; i < repeat; i++)
        {
            var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
            var replacement = new MemoryAdditionalText(edited.Path, SourceText.From(EditModality(editedText.GetText()!.ToString()), Encoding.UTF8));
            var newDriver = driver.ReplaceAdditionalText(editedText, replacement);
            editedText = replacement;
            Collect();
            newDriver = newDriver.RunGenerators(compilation);
            editMs = Math.Min(editMs, newDriver.GetTimingInfo().ElapsedTime.TotalMilliseconds);
            reEmitted = newDriver.GetRunResult().Results.Single().GeneratedSources.Count(s => !before.TryGetValue(s.HintName, out var old) || !ReferenceEquals(old, s.SourceText));
            driver = newDriver;
        }

        var editOutputs = $"{reEmitted}/{sources.Count}";
        Say($"   edit one seed:       {editMs,10:F1} ms ({100 * editMs / generatorMs:F1} % of the full run); files re-emitted: {editOutputs}");

        // Which pipeline steps an edit re-runs, from Roslyn's step tracking. Tracking records, for each
        // output, the whole tree of steps it came from, without sharing: outputs that depend on a
        // collected step (every article's loader depends on the dataset's index) make that tree grow
        // with the square of the inputs, so step reasons are read at the smallest size only.
        if (size <= 10)
        {
            var texts = FreshTexts(files);
            var tracking = CreateDriver(texts, track: true).RunGenerators(compilation);
            var changed = EditModality(edited.Text.ToString());
            tracking = tracking.ReplaceAdditionalText(texts.First(t => t.Path == edited.Path), new MemoryAdditionalText(edited.Path, SourceText.From(changed, Encoding.UTF8))).RunGenerators(compilation);
            var steps = tracking.GetRunResult().Results.Single().TrackedSteps;
            foreach (var name in new[] { "ParsedSeedFiles", "LinkedArticles", "DatasetIndexes", "UnreferencedCheck", "ContradictionCheck", "ArticleSources", "DatasetSpecs" })
            {
                var reasons = steps[name].SelectMany(s => s.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Count()} {g.Key}");
                Say($"   step {name}: {string.Join(", ", reasons)}");
            }
        }

        // Compile what was generated.
        Collect();
        var compileWatch = Stopwatch.StartNew();
        using var peStream = new MemoryStream();
        // The article texts as the package's targets embed them, under the names SeedOptions gives.
        var resources = files.Where(f => EmbedTexts && f.Path.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => new ResourceDescription(SeedOptions.ResourceName(f.Path), () => new MemoryStream(Encoding.UTF8.GetBytes(f.Text.ToString())), isPublic: true))
            .ToList();
        var emit = output.Emit(peStream, manifestResources: resources);
        compileWatch.Stop();
        if (Verbose && resources.Count > 0)
        {
            // What embedding the texts costs the compiler: the same, already bound compilation
            // emitted with and without its resources, alternately.
            double with = double.MaxValue, without = double.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                output.Emit(new MemoryStream(), manifestResources: resources);
                with = Math.Min(with, watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                output.Emit(new MemoryStream());
                without = Math.Min(without, watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"     emit again: {with:F1} ms with the {resources.Count} text resources, {without:F1} ms without");
        }

        string? compileError = null;
        if (!emit.Success)
        {
            var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            compileError = string.Join(", ", errors.Select(d => d.Id).Distinct()) + $" ({errors.Count} error(s))";
            Console.WriteLine($"   !! the generated code does not compile: {errors.First()}");
        }

        Say($"   compile (emit):      {compileWatch.Elapsed.TotalMilliseconds,10:F1} ms → {peStream.Length / 1048576.0:F2} MiB assembly{(compileError is null ? string.Empty : " FAILED " + compileError)}");

        // First access of the compiled dataset, in a collectible load context.
        double firstAccessMs = double.NaN, materializeMs = double.NaN;
        if (emit.Success)
        {
            (firstAccessMs, materializeMs) = FirstAccess(peStream.ToArray(), corpus.ClaimCount);
            Say($"   first access:        {firstAccessMs,10:F2} ms (Dataset property); every claim and index: {materializeMs:F1} ms more");
        }

        double? buildSeconds = null;
        if (build)
        {
            buildSeconds = ConsumerBuild(corpus, Say);
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        return new Row(size, EmbedTexts, files.Count, corpus.ClaimCount, corpus.SizeInBytes / 1048576.0, parseMs, generatorMs, wallMs, floorMs, editMs, editOutputs, allocated / 1048576.0,
            sources.Count, sourceBytes / 1048576.0, compileWatch.Elapsed.TotalMilliseconds, peStream.Length / 1048576.0, compileError, firstAccessMs, materializeMs, peak, buildSeconds);
    }

    /// <summary>An edit that changes the data of one article: its first claim's modality becomes another one.</summary>
    internal static string EditModality(string json)
    {
        const string Key = "\"modality\": \"";
        var index = json.IndexOf(Key, StringComparison.Ordinal) + Key.Length;
        var end = json.IndexOf('"', index);
        var replacement = json.Substring(index, end - index) == "confirmed" ? "agreed" : "confirmed";
        return json.Substring(0, index) + replacement + json.Substring(end);
    }

    private static (double FirstAccess, double Materialize) FirstAccess(byte[] image, int claims)
    {
        var context = new AssemblyLoadContext("bench-dataset", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            // A delegate, bound before the clock starts, so the first access is a call as in an
            // application, not reflection's first invoke (which builds an invoker of its own).
            var getDataset = assembly.GetType("Bench.Data", throwOnError: true)!.GetProperty("Dataset")!.GetMethod!.CreateDelegate<Func<Dataset>>();
            Collect();
            var watch = Stopwatch.StartNew();
            var dataset = getDataset();
            var first = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var count = dataset.Claims.Count;
            var about = dataset.ClaimsAbout(dataset.Entities[0]).Count;
            var materialize = watch.Elapsed.TotalMilliseconds;
            if (Verbose)
            {
                // A second dataset from the same generated code: its loaders are compiled now, so the
                // difference from the first is what the JIT cost.
                var create = assembly.GetType("Bench.Data", throwOnError: true)!.GetMethod("CreateDataset", BindingFlags.NonPublic | BindingFlags.Static)!;
                watch.Restart();
                var again = (Dataset)create.Invoke(null, null)!;
                _ = again.Claims.Count + again.ClaimsAbout(again.Entities[0]).Count;
                Console.WriteLine($"     every claim and index of a second dataset, loaders compiled: {watch.Elapsed.TotalMilliseconds:F1} ms");
            }

            if (count != claims || about < 0)
            {
                throw new InvalidOperationException($"The dataset has {count} claims; the corpus has {claims}.");
            }

            return (first, materialize);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>A real `dotnet build` of a consumer project over the corpus (compiler server off, so it is a cold compile).</summary>
    private static double ConsumerBuild(SyntheticCorpus corpus, Action<string> say)
    {
        var root = Path.Combine(Path.GetTempPath(), "alliancedata-scale-" + corpus.Articles.Count.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        corpus.WriteTo(Path.Combine(root, "seeds"));
        var repo = RepoRoot();
        File.WriteAllText(Path.Combine(root, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <UseSharedCompilation>false</UseSharedCompilation>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{repo}/src/AllianceData/AllianceData.csproj" SetTargetFramework="TargetFramework=net10.0" />
                <ProjectReference Include="{repo}/generator/AllianceData.Generator/AllianceData.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <SeedFiles Include="seeds/*.txt;seeds/*.json" />
              </ItemGroup>
              <Import Project="{repo}/build/AllianceData.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "Data.cs"), DatasetSource);
        Dotnet(root, "build -c Release -v q -nologo");
        File.AppendAllText(Path.Combine(root, "Data.cs"), "\n// touched\n");
        var watch = Stopwatch.StartNew();
        var ok = Dotnet(root, "build -c Release -v q -nologo --no-restore --no-dependencies");
        var seconds = watch.Elapsed.TotalSeconds;
        say($"   dotnet build:        {seconds,10:F1} s (consumer compile only, references up to date){(ok ? string.Empty : " FAILED")}");
        return seconds;
    }

    private static bool Dotnet(string directory, string arguments)
    {
        var info = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.WriteLine(stdout.Result.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal)).Take(5).Aggregate(string.Empty, (a, b) => a + "\n     " + b));
            Console.WriteLine(stderr.Result);
        }

        return process.ExitCode == 0;
    }

    private static string RepoRoot() =>
        typeof(ScaleHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!.TrimEnd('/');

    private static void Print(List<Row> rows)
    {
        Console.WriteLine();
        Console.WriteLine("| articles | texts | claims | seed MiB | bare parse ms | floor ms | generator ms | gen / parse | gen / floor | edit re-run ms | edit / full | files re-emitted on edit | allocated MiB | sources | source MiB | compile ms | assembly MiB | first access ms | all claims ms | peak WS MiB |" + (rows.Any(r => r.BuildSeconds is not null) ? " dotnet build s |" : string.Empty));
        Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |" + (rows.Any(r => r.BuildSeconds is not null) ? " ---: |" : string.Empty));
        foreach (var r in rows)
        {
            var buildCell = r.BuildSeconds is { } b ? string.Create(CultureInfo.InvariantCulture, $" {b:F1} |") : rows.Any(x => x.BuildSeconds is not null) ? " - |" : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Articles:N0} | {(r.Embedded ? "embedded" : "inline")} | {r.Claims:N0} | {r.SeedMiB:F1} | {r.ParseMs:F1} | {r.FloorMs:F1} | {r.GeneratorMs:F1} | {r.GeneratorMs / r.ParseMs:F2}x | {r.GeneratorMs / r.FloorMs:F2}x | {r.EditMs:F1} | {100 * r.EditMs / r.GeneratorMs:F1} % | {r.EditOutputs} | {r.AllocatedMiB:F0} | {r.SourceFiles} | {r.SourceMiB:F1} | {r.CompileMs:F0}{(r.CompileError is null ? string.Empty : " " + r.CompileError)} | {r.AssemblyMiB:F2} | {r.FirstAccessMs:F2} | {r.MaterializeMs:F1} | {r.PeakWorkingSetMiB:F0} |{buildCell}"));
        }

        var fit = rows.Where(r => r.Articles >= 100 && r.Articles <= 10000 && r.Embedded == rows[0].Embedded).ToList();
        if (fit.Count >= 2)
        {
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Scaling exponent (least-squares slope of log time over log articles, {fit.First().Articles}..{fit.Last().Articles}): generator {Slope(fit, r => r.GeneratorMs):F2}, floor {Slope(fit, r => r.FloorMs):F2}, bare parse {Slope(fit, r => r.ParseMs):F2}, compile {Slope(fit, r => r.CompileMs):F2}"));
        }
    }

    private static double Slope(List<Row> rows, Func<Row, double> time)
    {
        var xs = rows.Select(r => Math.Log(r.Articles)).ToArray();
        var ys = rows.Select(r => Math.Log(time(r))).ToArray();
        var (mx, my) = (xs.Average(), ys.Average());
        return xs.Zip(ys).Sum(p => (p.First - mx) * (p.Second - my)) / xs.Sum(x => (x - mx) * (x - mx));
    }

    private static double Best(int repeat, Action action)
    {
        action(); // warm-up: tiered JIT compiles the hot code before the timed runs
        var best = double.MaxValue;
        for (var i = 0; i < Math.Max(1, repeat); i++)
        {
            Collect();
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    internal static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>
    /// Edit re-runs only, many of them, for a profiler (<c>perf record</c>) to see where an edit's time
    /// goes: one full run, then <c>--runs</c> edits of one annotation, each re-run on the cached driver.
    /// </summary>
    public static int EditLoop(string[] args)
    {
        var size = int.Parse(Program.Option(args, "--articles") ?? "1000", CultureInfo.InvariantCulture);
        var runs = int.Parse(Program.Option(args, "--runs") ?? "200", CultureInfo.InvariantCulture);
        var unchanged = args.Contains("--unchanged"); // re-runs with nothing edited: what the driver costs by itself
        var fresh = args.Contains("--full"); // full runs on fresh drivers over fresh texts, for a profile of the full run
        var corpus = CorpusBuilder.Build(size);
        var files = SeedFiles(corpus);
        var edited = EditedAnnotation(files);
        var compilation = CreateCompilation();
        var texts = files.Select(f => (AdditionalText)new MemoryAdditionalText(f.Path, f.Text)).ToList();
        var driver = CreateDriver(texts, track: false).RunGenerators(compilation);
        var full = driver.GetTimingInfo().ElapsedTime.TotalMilliseconds;
        AdditionalText current = texts.First(t => t.Path == edited.Path);
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            if (fresh)
            {
                driver = CreateDriver(FreshTexts(files), track: false).RunGenerators(compilation);
            }
            else if (unchanged)
            {
                driver = driver.RunGenerators(compilation);
            }
            else
            {
                var replacement = new MemoryAdditionalText(edited.Path, SourceText.From(EditModality(current.GetText()!.ToString()), Encoding.UTF8));
                driver = driver.ReplaceAdditionalText(current, replacement).RunGenerators(compilation);
                current = replacement;
            }

            times.Add(driver.GetTimingInfo().ElapsedTime.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} {(fresh ? "full" : unchanged ? "unchanged" : "edit")} re-runs over {corpus} (first full run {full:F1} ms): best {times[0]:F2} ms, median {Statistics.Median(times):F2} ms"));
        return 0;
    }

    /// <summary>The corpus's files as the driver gets them: under one seed folder, each a text.</summary>
    internal static List<(string Path, SourceText Text)> SeedFiles(SyntheticCorpus corpus) =>
        corpus.Files.Select(f => (Path: "/bench/seeds/" + f.Key, Text: SourceText.From(f.Value, Encoding.UTF8))).ToList();

    /// <summary>The files as a build hands them to a fresh driver: each a new text, so no line table is cached from an earlier run.</summary>
    internal static List<AdditionalText> FreshTexts(List<(string Path, SourceText Text)> files) =>
        files.Select(f => (AdditionalText)new MemoryAdditionalText(f.Path, PhaseHarness.Fresh(f.Text))).ToList();

    /// <summary>The annotation the edit measurements change: the first article's, not a registry.</summary>
    internal static (string Path, SourceText Text) EditedAnnotation(List<(string Path, SourceText Text)> files) =>
        files.First(f => f.Path.EndsWith(".json", StringComparison.Ordinal) && Path.GetFileName(f.Path)[0] is >= '0' and <= '9');

    internal static CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "BenchDataset",
            new[] { CSharpSyntaxTree.ParseText(DatasetSource, ParseOptions, path: "/bench/Data.cs") },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release, deterministic: true));

    private static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, bool track) =>
        CreateDriver(new SeedDatasetGenerator(), files, track);

    internal static GeneratorDriver CreateDriver(IIncrementalGenerator generator, IEnumerable<AdditionalText> files, bool track) =>
        CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            files,
            ParseOptions,
            new SeedOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    internal sealed class MemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public MemoryAdditionalText(string path, SourceText text) => (Path, _text) = (path, text);

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>What the package's MSBuild targets give the generator: every additional file is a seed, every text a resource.</summary>
    internal sealed class SeedOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Seed = new(new Dictionary<string, string> { [SeedDatasetGenerator.SeedMetadata] = "true" });

        public static string ResourceName(string path) => "AllianceData.Seeds/" + Path.GetFileName(path);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.ProjectDir"] = "/bench/" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            EmbedTexts && textFile.Path.EndsWith(".txt", StringComparison.Ordinal)
                ? new Options(new Dictionary<string, string> { [SeedDatasetGenerator.SeedMetadata] = "true", [SeedDatasetGenerator.ResourceMetadata] = ResourceName(textFile.Path) })
                : Seed;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
