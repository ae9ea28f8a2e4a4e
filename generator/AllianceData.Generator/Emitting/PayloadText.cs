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
    /// The same members, found by the vocabulary's own string objects: the parse hands on the
    /// vocabulary's strings (or the same interned literals), so a value is nearly always one of these
    /// by reference, found by its length and two characters with no hash of the whole string. Open
    /// addressing, each value in the first free slot from its own; a value not found by reference (a
    /// spec made another way) is looked up in <see cref="EnumMembers"/> as before.
    /// </summary>
    private static readonly KeyValuePair<string, string>[] MembersByReference = ByReference(EnumMembers);

    private const int ReferenceSlots = 128;

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
    internal static string EnumMember(string vocabularyValue)
    {
        for (var slot = ReferenceSlot(vocabularyValue); MembersByReference[slot].Key is { } key; slot = (slot + 1) & (ReferenceSlots - 1))
        {
            if (ReferenceEquals(key, vocabularyValue))
            {
                return MembersByReference[slot].Value;
            }
        }

        return EnumMembers.TryGetValue(vocabularyValue, out var member) ? member : HandleNames.ToPascalCase(vocabularyValue);
    }

    private static KeyValuePair<string, string>[] ByReference(Dictionary<string, string> members)
    {
        var slots = new KeyValuePair<string, string>[ReferenceSlots];
        foreach (var pair in members)
        {
            var slot = ReferenceSlot(pair.Key);
            while (slots[slot].Key is not null)
            {
                slot = (slot + 1) & (ReferenceSlots - 1);
            }

            slots[slot] = pair;
        }

        return slots;
    }

    /// <summary>The first slot to try for <paramref name="value"/>: its length and its first and last characters.</summary>
    private static int ReferenceSlot(string value) =>
        value.Length == 0 ? 0 : ((value.Length * 17) + (value[0] * 5) + value[value.Length - 1]) & (ReferenceSlots - 1);
}
