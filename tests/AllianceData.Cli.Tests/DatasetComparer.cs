using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace AllianceData.Cli.Tests;

/// <summary>
/// Compares two datasets property by property, by reflection, so a field added to the model is
/// compared without touching this test: every public property of every article, organization,
/// person, place, predicate and claim, recursively through values (times, quantities, evidence,
/// attributions, roles). References to other identified objects (an entity, an article, a claim)
/// compare by ID, which the top-level comparison of that object covers.
/// </summary>
internal static class DatasetComparer
{
    public static void AssertSame(Dataset expected, Dataset actual)
    {
        var differences = new List<string>();
        CompareLists("Articles", expected.Articles, actual.Articles, differences);
        CompareLists("Organizations", expected.Organizations, actual.Organizations, differences);
        CompareLists("People", expected.People, actual.People, differences);
        CompareLists("Places", expected.Places, actual.Places, differences);
        CompareLists("Predicates", expected.Predicates, actual.Predicates, differences);
        CompareLists("Claims", expected.Claims, actual.Claims, differences);
        Compare("Facts.Count", expected.Facts.Count, actual.Facts.Count, differences, top: false);
        Compare("Conflicts.Count", expected.Conflicts.Count, actual.Conflicts.Count, differences, top: false);
        Compare("Timeline.Count", expected.Timeline.Count, actual.Timeline.Count, differences, top: false);
        Compare("CommandGraph.Edges.Count", expected.CommandGraph.Edges.Count, actual.CommandGraph.Edges.Count, differences, top: false);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(30)));
    }

    private static void CompareLists<T>(string path, IReadOnlyList<T> expected, IReadOnlyList<T> actual, List<string> differences)
    {
        Assert.NotEmpty(expected);
        if (expected.Count != actual.Count)
        {
            differences.Add($"{path}: {expected.Count} vs {actual.Count} items");
            return;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            CompareProperties($"{path}[{Identity(expected[i]!) ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", expected[i]!, actual[i]!, differences);
        }
    }

    private static void CompareProperties(string path, object expected, object actual, List<string> differences)
    {
        if (expected.GetType() != actual.GetType())
        {
            differences.Add($"{path}: {expected.GetType().Name} vs {actual.GetType().Name}");
            return;
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.Name == "EqualityContract")
            {
                continue;
            }

            Compare(path + "." + property.Name, property.GetValue(expected), property.GetValue(actual), differences, top: false);
        }
    }

    private static void Compare(string path, object? expected, object? actual, List<string> differences, bool top)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                differences.Add($"{path}: {expected ?? "null"} vs {actual ?? "null"}");
            }

            return;
        }

        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is string or DateTime or decimal)
        {
            if (!expected.Equals(actual))
            {
                differences.Add($"{path}: '{expected}' vs '{actual}'");
            }

            return;
        }

        // Identified objects: same ID here; their own fields are compared where they are listed.
        if (!top && Identity(expected) is { } id)
        {
            if (id != Identity(actual))
            {
                differences.Add($"{path}: refers to '{id}' vs '{Identity(actual)}'");
            }

            return;
        }

        if (expected is IEnumerable sequence and not string)
        {
            var left = sequence.Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                differences.Add($"{path}: {left.Count} vs {right.Count} items");
                return;
            }

            for (var i = 0; i < left.Count; i++)
            {
                Compare($"{path}[{i}]", left[i], right[i], differences, top: false);
            }

            return;
        }

        CompareProperties(path, expected, actual, differences);
    }

    private static string? Identity(object value) => value switch
    {
        Entity e => "entity:" + e.Id,
        Article a => "article:" + a.Id,
        Claim c => "claim:" + c.Id,
        Predicate p => "predicate:" + p.Id,
        _ => null,
    };
}
