using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using AllianceData.Corpus;
using BenchmarkDotNet.Running;

namespace AllianceData.Benchmarks;

/// <summary>
/// <c>corpus --articles N --out DIR [--seed S]</c>: writes a synthetic seed folder.
/// <c>scale [--sizes 10,100,1000,10000] [--build]</c>: the generator scale harness.
/// <c>phases [--articles 1000]</c>: the generator's time, phase by phase.
/// <c>first-access [--runs 21]</c>: the cost of the first <c>Alliance.Dataset</c>, each run in a fresh process.
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

        if (args.Length > 0 && args[0] == "first-access")
        {
            return FirstAccess(int.Parse(Option(args, "--runs") ?? "21", CultureInfo.InvariantCulture));
        }

        if (args.Length > 0 && args[0] == "first-access-child")
        {
            var watch = Stopwatch.StartNew();
            var dataset = TouchDataset();
            var datasetMs = watch.Elapsed.TotalMilliseconds;
            var claims = CountClaims(dataset);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{datasetMs:R} {watch.Elapsed.TotalMilliseconds:R} {claims}"));
            return 0;
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

    /// <summary>
    /// Starts <c>dotnet &lt;this dll&gt; first-access-child</c> <paramref name="runs"/> times: each child times its
    /// first <c>Alliance.Dataset</c> (loading AllianceData.dll, JIT, the static constructor, building the dataset).
    /// </summary>
    private static int FirstAccess(int runs)
    {
        var dll = typeof(Program).Assembly.Location;
        var firstMs = new double[runs];
        var claimsMs = new double[runs];
        var processMs = new double[runs];
        var claims = string.Empty;
        for (var i = 0; i < runs; i++)
        {
            var info = new ProcessStartInfo("dotnet", $"\"{dll}\" first-access-child") { RedirectStandardOutput = true };

            // An application's default: workstation GC (this project runs the server GC, as the compiler does, for the scale harness).
            info.Environment["DOTNET_gcServer"] = "0";
            var watch = Stopwatch.StartNew();
            using var child = Process.Start(info)!;
            var output = child.StandardOutput.ReadToEnd().Trim().Split(' ');
            child.WaitForExit();
            processMs[i] = watch.Elapsed.TotalMilliseconds;
            if (child.ExitCode != 0 || output.Length != 3)
            {
                throw new InvalidOperationException($"first-access-child failed (exit code {child.ExitCode}).");
            }

            firstMs[i] = double.Parse(output[0], CultureInfo.InvariantCulture);
            claimsMs[i] = double.Parse(output[1], CultureInfo.InvariantCulture);
            claims = output[2];
        }

        Array.Sort(firstMs);
        Array.Sort(claimsMs);
        Array.Sort(processMs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"First Alliance.Dataset, {runs} fresh processes: median {firstMs[runs / 2]:F2} ms, min {firstMs[0]:F2} ms, max {firstMs[^1]:F2} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"... then its {claims} claims (every article decoded and linked): median {claimsMs[runs / 2]:F2} ms from the start, min {claimsMs[0]:F2} ms; whole child process: median {processMs[runs / 2]:F0} ms"));
        return 0;
    }

    /// <summary>Not inlined, so that loading AllianceData.dll and compiling this method happen inside the timed region.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Dataset TouchDataset() => Alliance.Dataset;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CountClaims(Dataset dataset) => dataset.Claims.Count;

    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
