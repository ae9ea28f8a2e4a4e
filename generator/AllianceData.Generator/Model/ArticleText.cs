namespace AllianceData.Generator.Model;

/// <summary>What the emission strategy needs to know of an article's strings, measured once when it is linked.</summary>
internal static class ArticleText
{
    /// <summary>
    /// The characters the article's strings hold, and whether one of them has a lone surrogate,
    /// which UTF-8 cannot encode (so that article is written as a string literal, not a UTF-8 one).
    /// </summary>
    public static (long Characters, bool Utf8Encodable) Measure(ArticleSpec article)
    {
        long characters = 0;
        var encodable = true;
        void Add(string? value)
        {
            if (value is null)
            {
                return;
            }

            characters += value.Length;
            encodable = encodable && !HasLoneSurrogate(value);
        }

        Add(article.Title);
        Add(article.Url);
        Add(article.PublisherNote);
        Add(article.Published.Basis);
        Add(article.Published.Date.Expression);
        Add(article.Text);
        foreach (var claim in article.Claims)
        {
            Add(claim.Id);
            Add(claim.Note);
            Add(claim.AttributionVia);
            Add(claim.Object.Text);
            Add(claim.Object.Time?.Expression);
            Add(claim.Object.Quantity?.Item);
            Add(claim.Object.Quantity?.Expression);
            Add(claim.When?.Expression);
            foreach (var evidence in claim.Evidence)
            {
                Add(evidence.Quote);
                Add(evidence.Prefix);
                Add(evidence.Suffix);
            }
        }

        return (characters, encodable);
    }

    public static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
