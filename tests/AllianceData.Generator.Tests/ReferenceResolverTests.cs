using System.Collections.Generic;
using System.Collections.Immutable;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Tests;

/// <summary>A claim's entity object is the registry's one spec of that entity, shared by every article that names it.</summary>
public class ReferenceResolverTests
{
    private static readonly LocationInfo Nowhere = new("a.json", default, default);

    private static RegistryIndex Registries() => new(
        new DatasetTarget("Test", EquatableArray<string>.Empty, "Data", "Data", "global::Test.Data", null, "/test/", null),
        EquatableArray<OrganizationSpec>.Empty,
        EquatableArray<PersonSpec>.Empty,
        EquatableArray<PlaceSpec>.Empty,
        EquatableArray<PredicateSpec>.Empty,
        ImmutableArray.Create(new RegistryEntity("tokyo", "place", Nowhere, 0), new RegistryEntity("usfj", "organization", Nowhere, 1)).ToEquatableArray(),
        EquatableArray<int>.Empty,
        Incomplete: false,
        HasFiles: true,
        EquatableArray<DiagnosticInfo>.Empty);

    [Fact]
    public void Claims_in_two_articles_naming_one_entity_share_its_object_spec()
    {
        var registries = Registries();
        var first = new ReferenceResolver(registries, new List<DiagnosticInfo>(), new LinkScratch());
        var second = new ReferenceResolver(registries, new List<DiagnosticInfo>(), new LinkScratch());

        var one = first.ResolveObject(new SourceString("usfj", Nowhere));
        var other = second.ResolveObject(new SourceString("usfj", Nowhere));

        Assert.Same(one, other);
        Assert.Equal(new ClaimObjectSpec("entity", "usfj", null, null, null), one);
        Assert.Equal(new[] { 1 }, first.Referenced()); // usfj's ordinal
        Assert.Equal(new ClaimObjectSpec("entity", "tokyo", null, null, null), first.ResolveObject(new SourceString("tokyo", Nowhere)));
    }

    [Fact]
    public void An_unknown_object_is_reported_and_resolves_to_nothing()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var resolver = new ReferenceResolver(Registries(), diagnostics, new LinkScratch());

        Assert.Null(resolver.ResolveObject(new SourceString("usfk", Nowhere)));
        Assert.Single(diagnostics);
        Assert.Empty(resolver.Referenced());
    }
}
