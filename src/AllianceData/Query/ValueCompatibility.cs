using System;
using System.Globalization;
using System.Linq;

namespace AllianceData.Query;

/// <summary>
/// Decides whether two claim values can both be true of one subject: the same entity, overlapping
/// time intervals, quantities whose ranges (given their bounds) overlap, or the same text.
/// </summary>
public static class ValueCompatibility
{
    /// <summary>How far an "approximate" quantity may stray from its amount (10 %).</summary>
    public const double ApproximateTolerance = 0.1;

    /// <summary>Whether both values can hold at once.</summary>
    public static bool AreCompatible(ClaimValue first, ClaimValue second) => Explain(first, second) is null;

    /// <summary>Null when the values are compatible; otherwise a short reason why they cannot both hold.</summary>
    public static string? Explain(ClaimValue first, ClaimValue second)
    {
        if (first is null)
        {
            throw new ArgumentNullException(nameof(first));
        }

        if (second is null)
        {
            throw new ArgumentNullException(nameof(second));
        }

        return (first, second) switch
        {
            (EntityValue a, EntityValue b) => ReferenceEquals(a.Entity, b.Entity) ? null : $"{a.Entity.Name} is not {b.Entity.Name}",
            (TimeValue a, TimeValue b) => a.Overlaps(b) ? null : $"{Describe(a)} and {Describe(b)} do not overlap",
            (QuantityValue a, QuantityValue b) => ExplainQuantities(a, b),
            (TextValue a, TextValue b) => Normalize(a.Text) == Normalize(b.Text) ? null : $"\u201C{a.Text}\u201D differs from \u201C{b.Text}\u201D",
            _ => $"a {first.Kind.ToString().ToLowerInvariant()} and a {second.Kind.ToString().ToLowerInvariant()} cannot be compared",
        };
    }

    /// <summary>The range of amounts a quantity allows, given its bound.</summary>
    public static (double Low, double High) Range(QuantityValue quantity)
    {
        if (quantity is null)
        {
            throw new ArgumentNullException(nameof(quantity));
        }

        var tolerance = Math.Abs(quantity.Amount) * ApproximateTolerance;
        return quantity.Bound switch
        {
            QuantityBound.Approximate => (quantity.Amount - tolerance, quantity.Amount + tolerance),
            QuantityBound.AtLeast => (quantity.Amount, double.PositiveInfinity),
            QuantityBound.AtMost => (double.NegativeInfinity, quantity.Amount),
            _ => (quantity.Amount, quantity.Amount),
        };
    }

    private static string? ExplainQuantities(QuantityValue a, QuantityValue b)
    {
        if (a.Unit != b.Unit)
        {
            return $"{a} and {b} are in different units";
        }

        if (a.Item is not null && b.Item is not null && Normalize(a.Item) != Normalize(b.Item))
        {
            return $"{a} and {b} count different things";
        }

        var (lowA, highA) = Range(a);
        var (lowB, highB) = Range(b);
        return lowA <= highB && lowB <= highA ? null : $"{a} and {b} cannot both hold";
    }

    private static string Describe(TimeValue time) =>
        (time.Expression is null ? time.Date : "\u201C" + time.Expression + "\u201D") + " (" + time.IntervalText + ")";

    /// <summary>Case, surrounding space and runs of white space do not make texts differ.</summary>
    internal static string Normalize(string text) =>
        string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
}
