using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace AllianceData.Generator.Linking;

/// <summary>How IDs and vocabulary values become C# names.</summary>
internal static class HandleNames
{
    /// <summary>"us-forces-japan" → "UsForcesJapan"; "military-command" → "MilitaryCommand"; "atLeast" → "AtLeast".</summary>
    public static string ToPascalCase(string value)
    {
        var builder = new StringBuilder(value.Length);
        var upperNext = true;
        foreach (var c in value)
        {
            if (c == '-')
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.ToString();
    }

    /// <summary>The default handle of an article: its ID in PascalCase, prefixed when it starts with a digit.</summary>
    public static string ForArticle(string id)
    {
        var name = ToPascalCase(id);
        return name.Length > 0 && char.IsDigit(name[0]) ? "Article" + name : name;
    }

    /// <summary>
    /// Metadata names are at most 1,023 UTF-8 bytes (CS7013 at emit otherwise). Handles are held to
    /// 1,012, the bound from when article methods were named after handles, so that the documented
    /// limit (and every seed valid under it) stays the same.
    /// </summary>
    public const int MaxUtf8Length = 1012;

    /// <summary>
    /// A name the generated code can declare as a property: an ASCII identifier (as the JSON Schema
    /// says, so every editor and keyboard can type it) that is not a keyword,
    /// with no formatting characters (U+200B, U+FEFF...): C# ignores those in identifiers, so
    /// "Tokyo\u200B" would silently be "Tokyo" and collide with it, or with "All" or the group class;
    /// and short enough for metadata (<see cref="MaxUtf8Length"/>).
    /// </summary>
    public static bool IsUsable(string name) =>
        name.Length <= MaxUtf8Length && Encoding.UTF8.GetByteCount(name) <= MaxUtf8Length &&
        System.Linq.Enumerable.All(name, c => c < 128) &&
        SyntaxFacts.IsValidIdentifier(name) &&
        SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None &&
        SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None &&
        !name.StartsWith("__", System.StringComparison.Ordinal) &&
        !HasFormattingCharacter(name);

    private static bool HasFormattingCharacter(string name)
    {
        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }
}
