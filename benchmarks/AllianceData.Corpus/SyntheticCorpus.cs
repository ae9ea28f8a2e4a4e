using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace AllianceData.Corpus;

/// <summary>A built corpus: registries and articles, as data, as seed files, or as a <see cref="Dataset"/>.</summary>
public sealed class SyntheticCorpus
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private SortedDictionary<string, string>? _files;

    internal SyntheticCorpus(
        CorpusOptions options,
        IReadOnlyList<SyntheticOrganization> organizations,
        IReadOnlyList<SyntheticPerson> people,
        IReadOnlyList<SyntheticPlace> places,
        IReadOnlyList<SyntheticPredicate> predicates,
        IReadOnlyList<SyntheticArticle> articles)
    {
        Options = options;
        Organizations = organizations;
        People = people;
        Places = places;
        Predicates = predicates;
        Articles = articles;
    }

    /// <summary>What the corpus was built from.</summary>
    public CorpusOptions Options { get; }

    /// <summary>The organizations registry.</summary>
    public IReadOnlyList<SyntheticOrganization> Organizations { get; }

    /// <summary>The people registry.</summary>
    public IReadOnlyList<SyntheticPerson> People { get; }

    /// <summary>The places registry.</summary>
    public IReadOnlyList<SyntheticPlace> Places { get; }

    /// <summary>The predicates registry.</summary>
    public IReadOnlyList<SyntheticPredicate> Predicates { get; }

    /// <summary>The articles.</summary>
    public IReadOnlyList<SyntheticArticle> Articles { get; }

    /// <summary>The number of claims over all articles.</summary>
    public int ClaimCount => Articles.Sum(a => a.Claims.Count);

    /// <summary>
    /// The seed folder as file name → content: <c>&lt;id&gt;.txt</c> and <c>&lt;id&gt;.json</c> per article and the
    /// four registries, in ordinal order of name. Text uses '\n' line ends on every OS.
    /// </summary>
    public IReadOnlyDictionary<string, string> Files => _files ??= SeedWriter.Write(this);

    /// <summary>Writes the seed folder to <paramref name="directory"/> (created if missing), UTF-8 without BOM.</summary>
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, content) in Files)
        {
            File.WriteAllText(Path.Combine(directory, name), content, Utf8NoBom);
        }
    }

    /// <summary>The seeds as the public <see cref="Seeding.DatasetBuilder"/> API takes them: the same data the generator would emit.</summary>
    public Seeding.DatasetBuilder ToDatasetBuilder() => CorpusDataset.ToBuilder(this);

    /// <summary>Builds the <see cref="Dataset"/> through <see cref="Seeding.DatasetBuilder"/>.</summary>
    public Dataset BuildDataset() => ToDatasetBuilder().Build();

    /// <summary>The total size of the seed files in UTF-8 bytes.</summary>
    public long SizeInBytes => Files.Values.Sum(content => (long)Utf8NoBom.GetByteCount(content));

    /// <inheritdoc />
    public override string ToString() =>
        $"{Articles.Count} articles, {ClaimCount} claims, {Organizations.Count} organizations, {People.Count} people, {Places.Count} places, {Predicates.Count} predicates";
}
