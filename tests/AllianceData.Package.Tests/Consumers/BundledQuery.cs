using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AllianceData;

namespace AllianceData.Package.Tests.Consumers;

/// <summary>
/// LINQ over the bundled dataset. This file is compiled into the package tests and, as source, into a
/// consumer project that references the package: both must print the same lines.
/// </summary>
public static class BundledQuery
{
    public static IEnumerable<string> Lines()
    {
        var data = Alliance.Dataset;
        yield return Invariant($"articles {data.Articles.Count}, organizations {data.Organizations.Count}, claims {data.Claims.Count}");

        // A typed handle, checked by the compiler in the consumer's build.
        var usfj = Alliance.Organizations.UsForcesJapan;
        var leaders = data.ClaimsAbout(usfj).Where(c => c.Predicate.Id == "led-by-rank").Select(c => c.Object.ToString()).Distinct().OrderBy(s => s, StringComparer.Ordinal);
        yield return $"{usfj.Name} led by: {string.Join(" | ", leaders)}";

        foreach (var launch in data.Claims
                     .Where(c => c.Predicate.Id == "launch-date")
                     .OrderBy(c => c.Id, StringComparer.Ordinal)
                     .Select(c => (c.Id, Time: (TimeValue)c.Object)))
        {
            yield return Invariant($"{launch.Id}: {launch.Time.Date} ({launch.Time.Start:yyyy-MM-dd}..{launch.Time.End:yyyy-MM-dd})");
        }

        foreach (var subject in data.Claims
                     .GroupBy(c => c.Subject.Id)
                     .OrderByDescending(g => g.Count())
                     .ThenBy(g => g.Key, StringComparer.Ordinal)
                     .Take(3))
        {
            yield return Invariant($"most claims about {subject.Key}: {subject.Count()}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
