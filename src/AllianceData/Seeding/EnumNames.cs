using System;
using System.Collections.Generic;

namespace AllianceData.Seeding;

/// <summary>
/// The member names of an enum and back, once per enum type (from <see cref="VocabularyNames"/>, not
/// reflection): payloads write enum members by name, and decoding thousands of them must not pay
/// Enum.Parse each time.
/// </summary>
/// <remarks>
/// Reading looks names up in two arrays, not a <c>Dictionary&lt;string, T&gt;</c>: a dictionary over one of
/// the library's enums is framework code instantiated over a library value type, which neither the
/// framework's precompiled code nor the library's ReadyToRun image holds, so the first dataset of a
/// process JIT-compiled some twenty dictionary methods per enum before it could decode its registries.
/// The enums have 13 members at most, and a scan that compares lengths first costs about what hashing does.
/// </remarks>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly string[] Names = VocabularyNames.Of<T>();
    private static readonly T[] Values = CreateValues();

    public static bool TryParse(string name, out T value)
    {
        var names = Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Each member by its position in <see cref="Names"/>, which is its value; boxed once per member here, never when decoding.</summary>
    private static T[] CreateValues()
    {
        var values = new T[Names.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (T)(object)i;
        }

        return values;
    }

    public static bool TryGetName(T value, out string name) => Writing.ByValue.TryGetValue(value, out name!);

    /// <summary>The writer's map, built on the first write: reading a dataset never needs it.</summary>
    private static class Writing
    {
        public static readonly Dictionary<T, string> ByValue = Create();

        private static Dictionary<T, string> Create()
        {
            var values = new Dictionary<T, string>();
            for (var i = 0; i < Names.Length; i++)
            {
                values.Add(Values[i], Names[i]);
            }

            return values;
        }
    }
}
