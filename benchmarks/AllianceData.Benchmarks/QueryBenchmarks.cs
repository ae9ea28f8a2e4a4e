using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AllianceData.Corpus;
using AllianceData.Query;
using AllianceData.Seeding;
using BenchmarkDotNet.Attributes;

namespace AllianceData.Benchmarks;

/// <summary>
/// The query API over the bundled dataset and over a synthetic dataset of about 200,000 claims
/// (10,000 articles from the corpus builder, built through the public DatasetBuilder API): indexed
/// lookups against the LINQ scans they replace, the derived views, and the cost of building.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private Dataset _dataset = null!;
    private Entity _entity = null!;
    private Predicate _predicate = null!;
    private Func<Dataset> _build = null!;

    /// <summary>Which dataset: the five bundled articles, or the synthetic 200k-claim one.</summary>
    [Params("Bundled", "Synthetic200k")]
    public string Data { get; set; } = "Bundled";

    [GlobalSetup]
    public void Setup()
    {
        if (Data == "Bundled")
        {
            _dataset = Alliance.Dataset;
            _build = BundledFactory();
        }
        else
        {
            var builder = SyntheticDatasets.Builder200K;
            _build = builder.Build;
            _dataset = builder.Build();
        }

        // The most-claimed subject and predicate: the largest answer, where a scan has the most to copy.
        _entity = _dataset.Claims.GroupBy(c => c.Subject).OrderByDescending(g => g.Count()).First().Key;
        _predicate = _dataset.Claims.GroupBy(c => c.Predicate).OrderByDescending(g => g.Count()).First().Key;
        _ = _dataset.Facts;
        _ = _dataset.Conflicts;
    }

    [Benchmark(Description = "ClaimsAbout(entity), indexed")]
    [BenchmarkCategory("About")]
    public IReadOnlyList<Claim> ClaimsAboutIndexed() => _dataset.ClaimsAbout(_entity);

    [Benchmark(Description = "Claims.Where(Subject == e).ToList()")]
    [BenchmarkCategory("About")]
    public List<Claim> ClaimsAboutScan() => _dataset.Claims.Where(c => c.Subject == _entity).ToList();

    [Benchmark(Description = "ClaimsWith(predicate), indexed")]
    [BenchmarkCategory("With")]
    public IReadOnlyList<Claim> ClaimsWithIndexed() => _dataset.ClaimsWith(_predicate);

    [Benchmark(Description = "Claims.Where(Predicate == p).ToList()")]
    [BenchmarkCategory("With")]
    public List<Claim> ClaimsWithScan() => _dataset.Claims.Where(c => c.Predicate == _predicate).ToList();

    [Benchmark(Description = "Facts computation")]
    [BenchmarkCategory("Derived")]
    public IReadOnlyList<Fact> Facts() => ClaimAnalysis.Facts(_dataset);

    [Benchmark(Description = "Conflicts computation")]
    [BenchmarkCategory("Derived")]
    public IReadOnlyList<Conflict> Conflicts() => ClaimAnalysis.Conflicts(_dataset);

    [Benchmark(Description = "Build the dataset")]
    [BenchmarkCategory("Build")]
    public Dataset Build() => _build();

    [Benchmark(Description = "Build + every claim + subject index")]
    [BenchmarkCategory("Build")]
    public int BuildAndIndex()
    {
        var dataset = _build();
        return dataset.Claims.Count + dataset.ClaimsAbout(dataset.Entities[0]).Count;
    }

    /// <summary>The generated code's own factory, which Alliance.Dataset calls once: called here for a fresh dataset each time.</summary>
    private static Func<Dataset> BundledFactory()
    {
        var method = typeof(Alliance).GetMethod("CreateDataset", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("The generated Alliance class has no CreateDataset method.");
        return method.CreateDelegate<Func<Dataset>>();
    }
}

/// <summary>The synthetic datasets, built once per process.</summary>
internal static class SyntheticDatasets
{
    private static readonly Lazy<DatasetBuilder> Builder = new(() => CorpusBuilder.Build(10_000).ToDatasetBuilder());

    /// <summary>10,000 articles, about 200,000 claims.</summary>
    public static DatasetBuilder Builder200K => Builder.Value;
}
