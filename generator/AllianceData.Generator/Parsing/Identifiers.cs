using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Parsing;

/// <summary>Checks on the shape of IDs and codes, shared by every file kind.</summary>
internal static class Identifiers
{
    /// <summary>Kebab-case: a lower-case ASCII letter, then lower-case letters, digits and '-'.</summary>
    public static bool IsKebabCase(string value)
    {
        if (value.Length == 0 || value[0] < 'a' || value[0] > 'z' || value[value.Length - 1] == '-')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the required "id", reporting a malformed one (and keeping it, so references to it do not cascade).</summary>
    /// <param name="referenced">A registry entry's ID, which references repeat: read as one (<see cref="JsonObjectReader.Reference"/>).</param>
    public static SourceString? ReadId(JsonObjectReader reader, bool referenced = false) =>
        TryReadId(reader, referenced ? reader.Context.References : null, out var id) ? id : null;

    /// <summary><see cref="ReadId"/> into <paramref name="id"/>, for a model that must have it (see <see cref="JsonObjectReader.TryString(string, bool, out SourceString)"/>).</summary>
    /// <param name="strings">Where IDs of this kind are kept, if they recur from file to file (see <see cref="JsonNode.StringFrom"/>).</param>
    public static bool TryReadId(JsonObjectReader reader, Utf8StringTable? strings, out SourceString id)
    {
        var found = reader.TryString("id", required: true, strings, out id);
        if (found && !IsKebabCase(id.Value))
        {
            reader.Context.Report(DiagnosticDescriptors.InvalidValue, id.Location, id.Value, "ID", "use kebab-case: lower-case letters, digits and '-', starting with a letter");
        }

        return found;
    }

    public static string? ReadCountry(JsonObjectReader reader)
    {
        if (reader.String("country") is not { } country)
        {
            return null;
        }

        var value = country.Value;
        if (value.Length != 2 || value[0] < 'A' || value[0] > 'Z' || value[1] < 'A' || value[1] > 'Z')
        {
            reader.Context.Report(DiagnosticDescriptors.InvalidValue, country.Location, value, "country", "use an ISO 3166-1 alpha-2 code in upper case, such as 'US' or 'JP'");
            return null;
        }

        return value;
    }
}
