using System;
using System.Linq;
using AllianceData.Corpus;
using BenchmarkDotNet.Running;

namespace AllianceData.Benchmarks;

/// <summary>
/// <c>corpus --articles N --out DIR [--seed S]</c>: writes a synthetic seed folder.
/// <c>scale [--sizes 10,100,1000,10000] [--build]</c>: the generator scale harness.
/// <c>phases [--articles 1000]</c>: the generator's time, phase by phase.
/// Anything else goes to BenchmarkDotNet (e.g. <c>--filter *</c>, <c>--job short</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "corpus")
        {
            return WriteCorpus(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == "scale")
        {
            return ScaleHarness.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == "phases")
        {
            return PhaseHarness.Run(args.Skip(1).ToArray());
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int WriteCorpus(string[] args)
    {
        var articles = int.Parse(Option(args, "--articles") ?? "100", System.Globalization.CultureInfo.InvariantCulture);
        var output = Option(args, "--out") ?? throw new ArgumentException("corpus needs --out DIR");
        var seed = int.Parse(Option(args, "--seed") ?? CorpusOptions.DefaultSeed.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var corpus = CorpusBuilder.Build(new CorpusOptions { Articles = articles, Seed = seed });
        corpus.WriteTo(output);
        Console.WriteLine($"Wrote {corpus} ({corpus.Files.Count} files, {corpus.SizeInBytes / 1024.0 / 1024.0:F1} MiB) to {output} in {watch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
