using System.Linq;
using AllianceData.Corpus;
using AllianceData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AllianceData.Generator.Tests;

/// <summary>
/// The synthetic corpus the benchmarks use is valid seed data: the generator accepts it without a
/// single diagnostic, the output compiles, the dataset it builds matches the builder's own data,
/// and the same seed gives the same files byte for byte.
/// </summary>
public class SyntheticCorpusTests
{
    private static readonly SyntheticCorpus Corpus = CorpusBuilder.Build(20);

    [Fact]
    public void The_generator_accepts_a_20_article_corpus_with_no_diagnostics_and_the_output_compiles()
    {
        var outcome = GeneratorHarness.Run(Corpus.Files.ToDictionary(f => "seeds/" + f.Key, f => f.Value));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
        var dataset = outcome.LoadDataset();
        Assert.Equal(20, dataset.Articles.Count);
        Assert.Equal(Corpus.ClaimCount, dataset.Claims.Count);
        Assert.InRange(dataset.Claims.Count, 20 * 16, 20 * 24);
    }

    [Fact]
    public void The_generated_dataset_matches_the_builder_data_and_the_DatasetBuilder_path()
    {
        var generated = GeneratorHarness.Run(Corpus.Files.ToDictionary(f => "seeds/" + f.Key, f => f.Value)).LoadDataset();
        var built = Corpus.BuildDataset();

        Assert.Equal(built.Claims.Select(c => c.Id), generated.Claims.Select(c => c.Id));
        Assert.Equal(built.Entities.Select(e => e.Id), generated.Entities.Select(e => e.Id));
        foreach (var (expected, actual) in built.Claims.Zip(generated.Claims))
        {
            Assert.Equal(expected.Subject.Id, actual.Subject.Id);
            Assert.Equal(expected.Object.ToString(), actual.Object.ToString());
            Assert.Equal(expected.Evidence.Select(e => (e.Start, e.End)), actual.Evidence.Select(e => (e.Start, e.End)));
        }

        foreach (var evidence in generated.Claims.SelectMany(c => c.Evidence))
        {
            Assert.Equal(evidence.Quote, evidence.Claim.Article.Text.Substring(evidence.Start, evidence.End - evidence.Start));
        }
    }

    [Fact]
    public void The_corpus_exercises_the_format_aliases_disambiguation_typed_values_and_single_valued_predicates()
    {
        var evidence = Corpus.Articles.SelectMany(a => a.Claims).SelectMany(c => c.Evidence).ToList();

        Assert.Contains(evidence, e => e.Prefix is not null || e.Occurrence is not null);
        Assert.Contains(Corpus.Organizations, o => o.Aliases.Count > 0);
        Assert.Contains(Corpus.Articles.SelectMany(a => a.Claims), c => c.Object.Time is { ExplicitInterval: true });
        Assert.Contains(Corpus.Articles.SelectMany(a => a.Claims), c => c.Object.Quantity is not null);
        Assert.InRange(Corpus.Predicates.Count, 38, 42);
        Assert.Contains(Corpus.Predicates, p => p.SingleValued);
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_files_and_another_seed_does_not()
    {
        var again = CorpusBuilder.Build(20);
        var other = CorpusBuilder.Build(20, seed: 7);

        Assert.Equal(Corpus.Files.Keys, again.Files.Keys);
        foreach (var (name, content) in Corpus.Files)
        {
            Assert.Equal(content, again.Files[name]);
        }

        Assert.NotEqual(Corpus.Files.Values, other.Files.Values);
    }

    [Fact]
    public void Registries_grow_with_the_article_count()
    {
        var large = CorpusBuilder.Build(400);

        Assert.Equal(200, large.Organizations.Count);
        Assert.Equal(100, large.People.Count);
        Assert.Equal(50, large.Places.Count);
    }
}
