using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>The payload format's primitives (docs/emission.md): length-prefixed strings, ';'-terminated integers, '~' for null.</summary>
internal static class PayloadText
{
    /// <summary>
    /// The runtime enum member of every vocabulary value, converted once: a payload names one for
    /// every claim's modality and every date's precision, tens of thousands in a large dataset.
    /// </summary>
    private static readonly Dictionary<string, string> EnumMembers = new[]
        {
            Vocabulary.OrganizationKinds, Vocabulary.PlaceKinds, Vocabulary.Modalities, Vocabulary.ObjectKinds,
            Vocabulary.Precisions, Vocabulary.Units, Vocabulary.Bounds,
        }
        .SelectMany(values => values)
        .Distinct(System.StringComparer.Ordinal)
        .ToDictionary(value => value, HandleNames.ToPascalCase, System.StringComparer.Ordinal);

    /// <summary>
    /// The same members, as the link finds registry IDs (<see cref="IdLookup{T}"/>): by a hash of a few
    /// characters, then a comparison that the vocabulary's own string objects, which the parse hands
    /// on, settle by reference; a dictionary lookup hashed the whole value every time.
    /// </summary>
    private static readonly IdLookup<string> MemberLookup = new(EnumMembers);

    public static void Str(PayloadBuffer w, string value) => w.AppendLengthPrefixed(value);

    public static void OStr(PayloadBuffer w, string? value)
    {
        if (value is null)
        {
            w.Append('~');
        }
        else
        {
            Str(w, value);
        }
    }

    public static void Strs(PayloadBuffer w, EquatableArray<string> values)
    {
        Int(w, values.Count);
        foreach (var value in values)
        {
            Str(w, value);
        }
    }

    public static void Int(PayloadBuffer w, int value) => w.AppendTerminated(value, ';');

    /// <summary>A double in the invariant round-trip form, ';'-terminated.</summary>
    public static void Num(PayloadBuffer w, double value) =>
        w.Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(';');

    /// <summary>A vocabulary value as the runtime enum member it stands for: "armed-forces" is written <c>11:ArmedForces</c>.</summary>
    public static void Enum(PayloadBuffer w, string vocabularyValue) => Str(w, EnumMember(vocabularyValue));

    /// <summary>The runtime enum member <paramref name="vocabularyValue"/> stands for.</summary>
    internal static string EnumMember(string vocabularyValue) =>
        MemberLookup.Find(vocabularyValue) ?? HandleNames.ToPascalCase(vocabularyValue);
}
