using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AllianceData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AllianceData.Generator.Tests;

/// <summary>
/// Pipeline models must hold values only: a symbol, syntax node, compilation or Location would
/// keep compilations alive and defeat caching. Walks the real step outputs of a run.
/// </summary>
public class ModelPurityTests
{
    private static readonly Type[] Forbidden = { typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SemanticModel), typeof(AdditionalText) };

    [Fact]
    public void No_pipeline_model_holds_a_symbol_syntax_compilation_or_location()
    {
        var outcome = GeneratorHarness.Run(SampleSeeds.Files());
        var result = outcome.RunResult.Results.Single();
        var modelSteps = new[] { TrackingNames.ParsedSeedFiles, TrackingNames.DatasetTargets, TrackingNames.RegistryIndexes, TrackingNames.ArticlePairings, TrackingNames.ArticleInputs, TrackingNames.LinkedArticles, TrackingNames.PairingSummaries, TrackingNames.ArticleSummaries, TrackingNames.DatasetIndexes, TrackingNames.ArticleReferences, TrackingNames.UnreferencedCheck, TrackingNames.ArticleClaims, TrackingNames.ContradictionCheck, TrackingNames.ArticleClaimLocations, TrackingNames.ContradictionReports, TrackingNames.DatasetSpecs, TrackingNames.ArticleSources };

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var step in modelSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Walk(output.Value, step, visited);
            }
        }

        Assert.True(visited.Count > 50, $"The walk saw only {visited.Count} objects; it is not looking at the models.");
    }

    [Fact]
    public void Every_model_type_declares_only_equatable_members()
    {
        var modelTypes = typeof(SeedDatasetGenerator).Assembly.GetTypes()
            .Where(t => t.Namespace == "AllianceData.Generator.Model" && !t.IsEnum && !t.IsAbstract && !t.IsInterface && !t.Name.StartsWith("<"))
            .Where(t => t.IsValueType || t.GetMethod("Equals", new[] { t }) is not null)
            .ToList();

        Assert.NotEmpty(modelTypes);
        foreach (var type in modelTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                Assert.False(Forbidden.Any(f => f.IsAssignableFrom(property.PropertyType)), $"{type.Name}.{property.Name} is a {property.PropertyType.Name}");
                Assert.False(property.PropertyType.IsArray, $"{type.Name}.{property.Name} is an array, which compares by reference; use EquatableArray<T>");
            }
        }
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsInstanceOfType(value)), $"{path} holds a {type.FullName}");
        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is DiagnosticDescriptor)
        {
            return; // Descriptors are immutable static values with value equality.
        }

        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                Walk(item, $"{path}[{index++}]", visited);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.DeclaringType == typeof(object) || property.Name == "EqualityContract")
            {
                continue;
            }

            Walk(property.GetValue(value), path + "." + property.Name, visited);
        }

        // Value tuples keep their items in fields.
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public))
        {
            Walk(field.GetValue(value), path + "." + field.Name, visited);
        }
    }
}
