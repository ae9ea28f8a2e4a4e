using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Text.Json;
using AllianceData.Corpus;
using AllianceData.Generator.Emitting;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;
using AllianceData.Generator.Parsing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Benchmarks;

/// <summary>
/// Where the generator's time goes, phase by phase, side by side with the bare JSON parse: the
/// per-file parse, the link steps and the emitters, and, apart from them, Roslyn parsing what was
/// emitted: the driver makes the generated trees without parsing them (they are parsed when the
/// compilation first needs them), so that cost is the compile's, not the generator's time. Best of
/// several runs each.
/// </summary>
internal static class PhaseHarness
{
    public static int Run(string[] args)
    {
        var size = int.Parse(Program.Option(args, "--articles") ?? "1000", CultureInfo.InvariantCulture);
        var repeat = int.Parse(Program.Option(args, "--repeat") ?? "5", CultureInfo.InvariantCulture);
        var corpus = CorpusBuilder.Build(size);
        var files = ScaleHarness.SeedFiles(corpus);
        var json = corpus.Files.Where(f => f.Key.EndsWith(".json", StringComparison.Ordinal)).Select(f => f.Value).ToList();
        var target = new DatasetTarget("Bench", EquatableArray<string>.Empty, "Data", "Data", "global::Bench.Data", null, "/bench/", null) { Utf8Literals = true };
        Console.WriteLine($"Generator phases over {corpus}: {files.Count} files, {corpus.SizeInBytes / 1048576.0:F1} MiB; best of {repeat}");

        void BareParse()
        {
            foreach (var text in json)
            {
                using var document = JsonDocument.Parse(text);
            }
        }

        var bare = Best(repeat, BareParse);

        var parsed = ImmutableArray<SeedFile>.Empty;
        // Texts named as resources, as the package's targets name them: what a real build emits.
        var parse = Best(repeat, () => parsed = files.Select(f => SeedFileParser.Parse(f.Path, Fresh(f.Text), f.Path.EndsWith(".txt", StringComparison.Ordinal) ? ScaleHarness.SeedOptions.ResourceName(f.Path) : null)).ToImmutableArray());

        // The parse, taken apart: text to UTF-8 bytes, bytes to a positioned JSON tree, tree to the file's model.
        var jsonFiles = files.Where(f => f.Path.EndsWith(".json", StringComparison.Ordinal)).ToList();
        var maps = new List<SeedTextMap>();
        // Each run gives the last run's bytes back to the pool first, as the generator does file by file.
        var transcode = Best(repeat, () =>
        {
            maps.ForEach(m => m.Dispose());
            maps = jsonFiles.Select(f => new SeedTextMap(f.Path, Fresh(f.Text))).ToList();
        });
        // A tree is valid until the next file is read on the thread (one table is reused), so the
        // models are timed with their trees, and the trees alone taken off.
        var tree = Best(repeat, () => maps.ForEach(m => m.ReadTree().Tree!.Return()));
        var treeAndModel = Best(repeat, () =>
        {
            for (var i = 0; i < maps.Count; i++)
            {
                var read = maps[i].ReadTree().Tree!;
                if (!jsonFiles[i].Path.EndsWith("s.json", StringComparison.Ordinal))
                {
                    ArticleAnnotationParser.Read(read.Root, new ParseContext(maps[i]));
                }

                read.Return();
            }
        });
        var model = treeAndModel - tree;

        RegistryIndex registries = null!;
        PairedArticles pairing = null!;
        List<ArticleResult> articles = null!;
        DatasetIndexResult index = null!;
        var registryMs = Best(repeat, () => registries = RegistryLinker.Link(target, parsed.Where(f => f.Kind.IsRegistry())));
        var pairMs = Best(repeat, () => pairing = ArticlePairing.Pair(target, ImmutableArray<SeedFile?>.CastUp(parsed.ToImmutableArray())));
        var linkMs = Best(repeat, () => articles = pairing.Articles.Select(a => ArticleLinker.Link(a, registries)).ToList());
        var summaries = articles.Select(a => a.Summary).ToList();
        var references = articles.Select(a => a.References).ToList();
        var claims = articles.Select(a => a.Claims).ToList();
        var indexOnlyMs = Best(repeat, () => index = DatasetIndexer.Index(registries, pairing.Summary, summaries));
        var unreferencedMs = Best(repeat, () => DatasetChecks.Unreferenced(registries, pairing.Summary, index.HasErrors, references));
        var contradictionMs = Best(repeat, () => DatasetChecks.Contradictions(claims));
        var indexMs = indexOnlyMs + unreferencedMs + contradictionMs;

        // A floor for any generator that checks what this one checks, to weigh the 2x target against:
        // each annotation's UTF-8 bytes and tree, then every claim's references looked up and every
        // evidence quote found in its text, and nothing else (no models, no locations, no diagnostics,
        // no other check, nothing emitted).
        var entityIds = new HashSet<string>(registries.Entities.Select(e => e.Id), StringComparer.Ordinal);
        var predicateIds = new HashSet<string>(registries.Predicates.Select(p => p.Id), StringComparer.Ordinal);
        var textOf = files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)).ToDictionary(f => f.Path.Substring(0, f.Path.Length - 4), f => f.Text.ToString(), StringComparer.Ordinal);
        var annotations = jsonFiles.Select(f => (Json: f.Text.ToString(), Text: textOf.TryGetValue(f.Path.Substring(0, f.Path.Length - 5), out var t) ? t : null)).Where(a => a.Text is not null).ToList();
        var found = 0;
        var validationFloor = Best(repeat, () => found = ValidationFloor(annotations, entityIds, predicateIds));

        var sources = new List<string>();
        var emitMs = Best(repeat, () =>
        {
            sources.Clear();
            sources.Add(DatasetEmitter.Emit(index.Spec));
            var loaders = articles.Select(a => index.Entry(a.Spec.Id)!).Zip(articles, (entry, a) => new ArticleSource(target, entry.Bucket, entry.Position, a.Spec));
            foreach (var bucket in loaders.GroupBy(a => a.Bucket).OrderBy(g => g.Key))
            {
                sources.Add(ArticleEmitter.Emit(new ArticleBucket(target, bucket.Key, bucket.ToEquatableArray())));
            }
        });

        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var reparse = Best(repeat, () =>
        {
            foreach (var source in sources)
            {
                CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), options);
            }
        });

        // The baseline once more, last: one series of it swings several times over on a shared machine.
        bare = Math.Min(bare, Best(repeat, BareParse));

        var total = parse + registryMs + pairMs + linkMs + indexMs + emitMs;
        Console.WriteLine("| phase | ms | × bare parse | allocated MiB | of the ms, GC pauses |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var row = 0;
        foreach (var (name, ms) in new[]
        {
            ("bare JsonDocument.Parse of the JSON files (baseline; the lower of a run first and one last)", bare),
            ("parse: every seed file to its model", parse),
            ("  of which: JSON text to UTF-8 bytes", transcode),
            ("  of which: bytes to a positioned JSON tree", tree),
            ("  of which: annotation trees to models (trees and models timed together, less the trees alone)", model),
            ("link registries", registryMs),
            ("pair articles", pairMs),
            ("link every article", linkMs),
            ("whole-dataset steps", indexMs),
            ("  of which: dataset index (handles, entries)", indexOnlyMs),
            ("  of which: unreferenced-entity check", unreferencedMs),
            ("  of which: contradiction check", contradictionMs),
            ("emit every file", emitMs),
            ("sum of the generator's phases", total),
            ("a floor for any generator that checks the same: text to UTF-8, tree, references looked up, quotes found; nothing else", validationFloor),
            ("not the generator's time: Roslyn parses the emitted files, when the compilation first needs them", reparse),
        })
        {
            var measured = row < Rows.Length && Rows[row] >= 0;
            var mib = measured ? AllocatedMiB[Rows[row]].ToString("F0", CultureInfo.InvariantCulture) : string.Empty;
            var pauses = measured ? PausedMs[Rows[row]].ToString("F1", CultureInfo.InvariantCulture) : string.Empty;
            row++;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ms:F1} | {ms / bare:F2} | {mib} | {pauses} |"));
        }

        var diagnostics = parsed.SelectMany(f => f.Diagnostics).Concat(registries.Diagnostics).Concat(pairing.Diagnostics).Concat(articles.SelectMany(a => a.Diagnostics)).Concat(index.Diagnostics).Concat(DatasetChecks.Unreferenced(registries, pairing.Summary, index.HasErrors, references)).Concat(DatasetChecks.Report(DatasetChecks.Contradictions(claims), articles.Select(a => a.ClaimLocations).ToList())).ToList();
        Console.WriteLine($"{diagnostics.Count} diagnostic(s){(diagnostics.Count == 0 ? string.Empty : ", first: " + diagnostics[0].ToDiagnostic())}");
        Console.WriteLine($"The validation floor looked up and found {found:N0} references and quotes.");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Emitted {sources.Count} files, {sources.Sum(s => (long)s.Length) / 1048576.0:F1} Mi characters."));
        return 0;
    }

    /// <summary>Makes each annotation's UTF-8 bytes and tree, looks up each claim's subject, predicate and entity object, and finds each quote in the text; returns how many it found.</summary>
    private static int ValidationFloor(List<(string Json, string? Text)> annotations, HashSet<string> entities, HashSet<string> predicates)
    {
        var found = 0;
        foreach (var (json, text) in annotations)
        {
            var utf8 = Encoding.UTF8.GetBytes(json);
            var tree = JsonTreeReader.Read(utf8, utf8.Length).Tree!;
            foreach (var member in tree.Root.Properties)
            {
                if (member.Name != "claims")
                {
                    continue;
                }

                foreach (var claim in member.Items)
                {
                    foreach (var property in claim.Properties)
                    {
                        switch (property.Name)
                        {
                            case "subject":
                                found += entities.Contains(property.StringValue) ? 1 : 0;
                                break;
                            case "predicate":
                                found += predicates.Contains(property.StringValue) ? 1 : 0;
                                break;
                            case "object":
                                foreach (var value in property.Properties)
                                {
                                    found += value.Name == "entity" && entities.Contains(value.StringValue) ? 1 : 0;
                                }

                                break;
                            case "evidence":
                                foreach (var evidence in property.Items)
                                {
                                    foreach (var field in evidence.Properties)
                                    {
                                        found += field.Name == "quote" && text!.IndexOf(field.StringValue, StringComparison.Ordinal) >= 0 ? 1 : 0;
                                    }
                                }

                                break;
                        }
                    }
                }
            }

            tree.Return();
        }

        return found;
    }

    private static readonly List<double> AllocatedMiB = new();

    /// <summary>Per measurement, the time the GC paused the process during its best run: a phase that allocates pays it.</summary>
    private static readonly List<double> PausedMs = new();

    /// <summary>For each printed row, the index of its measurement in run order (-1: a sum, not measured).</summary>
    private static readonly int[] Rows = { 0, 1, 2, 3, 4, 5, 6, 7, -1, 8, 9, 10, 12, -1, 11, 13 };

    /// <summary>
    /// The same text as a new <see cref="SourceText"/>, as a build reads it: a text caches its line
    /// table, and a parse timed over texts it has already seen would not pay for it.
    /// </summary>
    internal static SourceText Fresh(SourceText text) => SourceText.From(text.ToString(), Encoding.UTF8);

    /// <summary>Calls of each phase before it is timed: past the JIT's 30 before it recompiles a method optimised.</summary>
    private const int WarmUpCalls = 40;

    private static double Best(int repeat, Action action)
    {
        var best = double.MaxValue;
        long allocated = 0;
        var paused = 0.0;
        // Warm-up to the code a long-lived compiler runs: the JIT's tiering recompiles a method optimised
        // once it has been called 30 times and the process has compiled nothing new for 100 ms. One call
        // left the methods a phase calls once per run (the index, the registries' link, the checks)
        // unoptimised, so those phases read several times their cost in the generator.
        for (var i = 0; i < WarmUpCalls; i++)
        {
            action();
        }

        Thread.Sleep(250);
        action();
        for (var i = 0; i < repeat; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var pausedBefore = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            action();
            var elapsed = watch.Elapsed.TotalMilliseconds;
            if (elapsed < best)
            {
                best = elapsed;
                paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        AllocatedMiB.Add(allocated / 1048576.0);
        PausedMs.Add(paused);
        return best;
    }
}
