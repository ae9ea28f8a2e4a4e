using System;
using System.Collections.Generic;

namespace AllianceData.Seeding;

/// <summary>
/// The member names of an enum and back, computed once per enum type: payloads write enum members by
/// name, and decoding thousands of them must not pay Enum.Parse's reflection each time.
/// </summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly Dictionary<string, T> ByName = CreateByName();
    private static readonly Dictionary<T, string> ByValue = CreateByValue();

    public static bool TryParse(string name, out T value) => ByName.TryGetValue(name, out value);

    public static bool TryGetName(T value, out string name) => ByValue.TryGetValue(value, out name!);

    private static Dictionary<string, T> CreateByName()
    {
        var names = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var name in Enum.GetNames(typeof(T)))
        {
            names.Add(name, (T)Enum.Parse(typeof(T), name));
        }

        return names;
    }

    private static Dictionary<T, string> CreateByValue()
    {
        var values = new Dictionary<T, string>();
        foreach (var pair in ByName)
        {
            // Two names for one value (an alias): the writer uses the first declared; the reader takes both.
            if (!values.ContainsKey(pair.Value))
            {
                values.Add(pair.Value, pair.Key);
            }
        }

        return values;
    }
}
