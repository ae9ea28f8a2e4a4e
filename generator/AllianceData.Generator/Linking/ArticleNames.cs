using System.Globalization;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// Where an article's data goes: one of <see cref="Buckets"/> files, chosen by a hash of its ID, so
/// it stays put when other articles come and go (and the other buckets are not re-emitted).
/// </summary>
internal static class ArticleNames
{
    /// <summary>How many files the articles' data is spread over, at most.</summary>
    public const int Buckets = 256;

    /// <summary>The bucket of an article: FNV-1a of its ID, the same on every run and platform.</summary>
    public static int BucketOf(string articleId)
    {
        var hash = 2166136261u;
        foreach (var c in articleId)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % Buckets);
    }

    /// <summary>A bucket's name in generated code and hint names: two hex digits.</summary>
    public static string Suffix(int bucket) => bucket.ToString("x2", CultureInfo.InvariantCulture);

    /// <summary>The hint name of a bucket's file: <c>Alliance.Articles.3f.g.cs</c>.</summary>
    public static string HintFor(DatasetTarget target, int bucket)
    {
        const string suffix = ".SeedDataset.g.cs";
        var main = target.HintName;
        var stem = main.EndsWith(suffix, System.StringComparison.Ordinal) ? main.Substring(0, main.Length - suffix.Length) : main;
        return stem + ".Articles." + Suffix(bucket) + ".g.cs";
    }
}
