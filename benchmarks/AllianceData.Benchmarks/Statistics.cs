using System.Collections.Generic;
using System.Linq;

namespace AllianceData.Benchmarks;

/// <summary>The harnesses' summaries of repeated measurements.</summary>
internal static class Statistics
{
    /// <summary>The middle value; for an even count, the mean of the two middle ones.</summary>
    public static double Median(IEnumerable<double> values) => Quantile(values.OrderBy(v => v).ToList(), 0.5);

    /// <summary>The <paramref name="q"/> quantile of already sorted values, interpolated between the two nearest.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        var position = q * (sorted.Count - 1);
        var low = (int)position;
        var high = System.Math.Min(sorted.Count - 1, low + 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
