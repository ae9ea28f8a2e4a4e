using System;
using System.Collections.Generic;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;

namespace AllianceData.Cli;

/// <summary>
/// The words of the annotation format for the runtime enums (<c>military-command</c>, <c>atLeast</c>,
/// <c>USD</c>...), taken from the generator's own vocabulary lists, so exports spell every value
/// exactly as a seed file does.
/// </summary>
internal static class Vocab
{
    public static string Token<T>(T value)
        where T : struct, Enum => Table<T>.ToToken.TryGetValue(value, out var token)
            ? token
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"No token for {typeof(T).Name}.{value}.");

    public static T Parse<T>(string token)
        where T : struct, Enum => Table<T>.FromToken.TryGetValue(token, out var value)
            ? value
            : throw new FormatException($"'{token}' is not a {Describe<T>()}; expected one of: {string.Join(", ", Table<T>.FromToken.Keys)}.");

    public static bool TryParse<T>(string token, out T value)
        where T : struct, Enum => Table<T>.FromToken.TryGetValue(token, out value);

    public static IEnumerable<string> Tokens<T>()
        where T : struct, Enum => Table<T>.FromToken.Keys;

    private static string Describe<T>() => typeof(T).Name switch
    {
        nameof(OrganizationKind) => "organization kind",
        nameof(PlaceKind) => "place kind",
        nameof(ValueKind) => "value kind",
        nameof(TimePrecision) => "precision",
        nameof(QuantityUnit) => "unit",
        nameof(QuantityBound) => "bound",
        nameof(EntityType) => "entity type",
        _ => typeof(T).Name.ToLowerInvariant(),
    };

    private static class Table<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ToToken = new();
        public static readonly Dictionary<string, T> FromToken = new(StringComparer.Ordinal);

        static Table()
        {
            var tokens = typeof(T).Name switch
            {
                nameof(OrganizationKind) => Vocabulary.OrganizationKinds,
                nameof(PlaceKind) => Vocabulary.PlaceKinds,
                nameof(Modality) => Vocabulary.Modalities,
                nameof(ValueKind) => Vocabulary.ObjectKinds,
                nameof(TimePrecision) => Vocabulary.Precisions,
                nameof(QuantityUnit) => Vocabulary.Units,
                nameof(QuantityBound) => Vocabulary.Bounds,
                nameof(EntityType) => new[] { "organization", "person", "place" },
                _ => throw new NotSupportedException(typeof(T).Name),
            };
            foreach (var token in tokens)
            {
                var value = Enum.Parse<T>(HandleNames.ToPascalCase(token));
                ToToken.Add(value, token);
                FromToken.Add(token, value);
            }
        }
    }
}
