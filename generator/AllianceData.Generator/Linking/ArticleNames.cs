using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// The names an article's generated code goes by: its loader method, and the bucket file it is
/// written in, made from its ID so they stay the same when other articles come and go (so their
/// files are not re-emitted), and unique even where two IDs read alike once made into identifiers.
/// </summary>
internal sealed class ArticleNames
{
    private const int MaxReadableLength = 100;

    private readonly HashSet<string> _taken = new(System.StringComparer.OrdinalIgnoreCase); // hint names ignore case

    /// <summary>The loader's name: <c>LoadArticle_000_19445ac61a524e3f</c>.</summary>
    public string LoaderFor(string articleId)
    {
        var readable = Readable(articleId, out var changed);
        var name = "LoadArticle_" + readable + (changed ? "_" + Hash(articleId) : string.Empty);
        for (var n = 2; !_taken.Add(name); n++)
        {
            name = "LoadArticle_" + readable + "_" + Hash(articleId) + "_" + n.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>How many files the articles' loaders are spread over, at most.</summary>
    public const int Buckets = 256;

    /// <summary>The bucket of an article: a hash of its ID, so it stays put when other articles come and go.</summary>
    public static int BucketOf(string articleId) => (int)(Fnv(articleId) % Buckets);

    /// <summary>The hint name of a bucket's file: <c>Alliance.Articles.3f.g.cs</c>.</summary>
    public static string HintFor(DatasetTarget target, int bucket)
    {
        const string suffix = ".SeedDataset.g.cs";
        var main = target.HintName;
        var stem = main.EndsWith(suffix, System.StringComparison.Ordinal) ? main.Substring(0, main.Length - suffix.Length) : main;
        return stem + ".Articles." + bucket.ToString("x2", CultureInfo.InvariantCulture) + ".g.cs";
    }

    /// <summary>ASCII letters, digits and '_' kept, anything else '_', at most <see cref="MaxReadableLength"/> characters.</summary>
    private static string Readable(string id, out bool changed)
    {
        var builder = new StringBuilder(System.Math.Min(id.Length, MaxReadableLength));
        changed = id.Length > MaxReadableLength || id.Length == 0;
        foreach (var c in id)
        {
            if (builder.Length == MaxReadableLength)
            {
                break;
            }

            var kept = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
            builder.Append(kept ? c : '_');
            changed |= !kept;
        }

        return builder.ToString();
    }

    /// <summary>FNV-1a over the UTF-16 code units: the same on every run and platform.</summary>
    private static string Hash(string value) => Fnv(value).ToString("x8", CultureInfo.InvariantCulture);

    private static uint Fnv(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
