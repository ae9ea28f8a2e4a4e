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
/// <c>ab --baseline PATH [--articles 1000] [--rounds 15]</c>: this generator against another build of it, in one process, in alternation.
/// <c>cold-run [--sizes 5,100,1000] [--runs 7]</c>: the generator's first run in a fresh process, against a warm one.
/// <c>first-access [--runs 21]</c>: the cost of the first <c>Alliance.Dataset</c>, each run in a fresh process,
/// cold and with the library's code already compiled.
/// Anything else goes to BenchmarkDotNet (e.g. <c>--filter *</c>, <c>--job short</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var rest = args.Skip(1).ToArray();
        switch (args.FirstOrDefault())
        {
            case "corpus":
                return WriteCorpus(rest);
            case "scale":
                return ScaleHarness.Run(rest);
            case "edit-loop":
                return ScaleHarness.EditLoop(rest);
            case "phases":
                return PhaseHarness.Run(rest);
            case "ab":
                return AbHarness.Run(rest);
            case "cold-run":
                return ColdRunHarness.Run(rest);
            case "cold-run-child":
                return ColdRunHarness.Child(rest);
            case "first-access":
                return FirstAccess(int.Parse(Option(args, "--runs") ?? "21", CultureInfo.InvariantCulture));
            case "first-access-child":
                return FirstAccessChild(args.Contains("--library-warm"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    /// <summary>One first access of <c>Alliance.Dataset</c> in this fresh process; prints its time, the time with every claim read, and the claim count.</summary>
    private static int FirstAccessChild(bool libraryWarm)
    {
        if (libraryWarm)
        {
            WarmLibrary();
        }

        var watch = Stopwatch.StartNew();
        var dataset = TouchDataset();
        var datasetMs = watch.Elapsed.TotalMilliseconds;
        var claims = CountClaims(dataset);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{datasetMs:R} {watch.Elapsed.TotalMilliseconds:R} {claims}"));
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
        Measure(runs, warm: false);
        Measure(runs, warm: true);
        return 0;
    }

    private static void Measure(int runs, bool warm)
    {
        var firstMs = new double[runs];
        var claimsMs = new double[runs];
        var processMs = new double[runs];
        var claims = string.Empty;
        for (var i = 0; i < runs; i++)
        {
            // The child runs an application's default, the workstation GC (this project runs the server GC,
            // as the compiler does, for the scale harness).
            var watch = Stopwatch.StartNew();
            var output = RunChild($"first-access-child{(warm ? " --library-warm" : string.Empty)}", 3, workstationGc: true);
            processMs[i] = watch.Elapsed.TotalMilliseconds;
            firstMs[i] = double.Parse(output[0], CultureInfo.InvariantCulture);
            claimsMs[i] = double.Parse(output[1], CultureInfo.InvariantCulture);
            claims = output[2];
        }

        Array.Sort(firstMs);
        Array.Sort(claimsMs);
        Array.Sort(processMs);
        var how = warm
            ? "library loaded and its code compiled (another dataset built first), the bundled dataset's own cost"
            : "cold: loading AllianceData.dll and compiling the library's code included";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"First Alliance.Dataset, {runs} fresh processes, {how}: median {Statistics.Median(firstMs):F3} ms, min {firstMs[0]:F3} ms, max {firstMs[^1]:F3} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"... then its {claims} claims (every article decoded and linked): median {Statistics.Median(claimsMs):F2} ms from the start, min {claimsMs[0]:F2} ms; whole child process: median {Statistics.Median(processMs):F0} ms"));
    }

    /// <summary>
    /// What an application that has used the library before its first <c>Alliance.Dataset</c> has
    /// done: loaded AllianceData.dll and run (so compiled) the code that builds a dataset, here over
    /// a registry payload of one entry of each kind and an article payload of one claim.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WarmLibrary()
    {
        const string Registries = "R1|1;3:org6:An Org1;2:AO10:NewsOutlet2:JP~0;~1;6:person8:A Person0;~1;5:Chief3:org~1;5:place7:A Place0;4:City2:JP~~1;4:says4:says5:Says.4:Text01;1:a";
        var article = new Seeding.ArticleSeed
        {
            Id = "a", FileName = "a.txt", Title = "A", Text = "Headline\nThe org says so.", BodyStart = 9, BodyEnd = 25,
            Published = new PublicationDate(new TimeValue("2024", TimePrecision.Year, new DateTime(2024, 1, 1), new DateTime(2024, 12, 31)), false, null),
            Mentions = new[] { "org" },
            Claims = new[]
            {
                new Seeding.ClaimSeed
                {
                    Id = "c", Subject = "org", Predicate = "says", ObjectValue = new TextValue("so"), Modality = Modality.Reported,
                    Evidence = new[] { new Seeding.EvidenceSeed { Quote = "says so", Start = 17, End = 24 } },
                },
            },
        };
        var payload = Seeding.ArticlePayload.Write(article);
        var dataset = Seeding.DatasetPayload.Build(Registries, _ => Seeding.ArticlePayload.Read(payload));
        if (dataset.Claims.Count != 1 || dataset.Organizations.Count != 1 || dataset.People.Count != 1 || dataset.Places.Count != 1)
        {
            throw new InvalidOperationException("The warm-up dataset did not build.");
        }
    }

    /// <summary>Not inlined, so that loading AllianceData.dll and compiling this method happen inside the timed region.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Dataset TouchDataset() => Alliance.Dataset;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CountClaims(Dataset dataset) => dataset.Claims.Count;

    /// <summary>
    /// Runs <c>dotnet &lt;this dll&gt; <paramref name="arguments"/></c> in a fresh process and returns the
    /// <paramref name="fields"/> space-separated values it prints; a failed child, or one that prints
    /// something else, is an exception.
    /// </summary>
    internal static string[] RunChild(string arguments, int fields, bool workstationGc = false)
    {
        var info = new ProcessStartInfo("dotnet", $"\"{typeof(Program).Assembly.Location}\" {arguments}") { RedirectStandardOutput = true };
        if (workstationGc)
        {
            info.Environment["DOTNET_gcServer"] = "0";
        }

        using var child = Process.Start(info)!;
        var output = child.StandardOutput.ReadToEnd().Trim().Split(' ');
        child.WaitForExit();
        if (child.ExitCode != 0 || output.Length != fields)
        {
            throw new InvalidOperationException($"'{arguments.Split(' ')[0]}' failed (exit code {child.ExitCode}).");
        }

        return output;
    }

    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
