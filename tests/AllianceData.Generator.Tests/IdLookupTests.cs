using System;
using System.Collections.Generic;
using System.Linq;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Tests;

/// <summary>The article links' lookup of registry IDs: exactly what the dictionary it is made from finds.</summary>
public class IdLookupTests
{
    [Fact]
    public void Every_key_finds_its_value_and_nothing_else_finds_one()
    {
        var entries = Enumerable.Range(0, 1000).ToDictionary(i => $"org-{i}", i => $"value {i}", StringComparer.Ordinal);
        var lookup = new IdLookup<string>(entries);

        foreach (var entry in entries)
        {
            Assert.Same(entry.Value, lookup.Find(new string(entry.Key.ToCharArray()))); // by content, not by reference
        }

        Assert.Null(lookup.Find("org-1000"));
        Assert.Null(lookup.Find("ORG-1"));
        Assert.Null(lookup.Find(string.Empty));
    }

    [Fact]
    public void Ids_that_hash_alike_are_told_apart_by_their_other_characters()
    {
        // Same length, and the same characters wherever the hash samples them.
        var entries = new Dictionary<string, string>(StringComparer.Ordinal) { ["a-xx-yy"] = "first", ["b-xx-yy"] = "second", ["c-xx-yy"] = "third" };
        var lookup = new IdLookup<string>(entries);

        Assert.Equal("first", lookup.Find("a-xx-yy"));
        Assert.Equal("second", lookup.Find("b-xx-yy"));
        Assert.Equal("third", lookup.Find("c-xx-yy"));
        Assert.Null(lookup.Find("d-xx-yy"));
    }

    [Fact]
    public void An_empty_lookup_finds_nothing()
    {
        var lookup = new IdLookup<string>(new Dictionary<string, string>(StringComparer.Ordinal));
        Assert.Null(lookup.Find("anything"));
        Assert.Null(lookup.Find(string.Empty));
    }

    [Fact]
    public void An_empty_id_is_a_key_like_any_other()
    {
        var lookup = new IdLookup<string>(new Dictionary<string, string>(StringComparer.Ordinal) { [string.Empty] = "empty", ["x"] = "x" });
        Assert.Equal("empty", lookup.Find(string.Empty));
        Assert.Equal("x", lookup.Find("x"));
    }
}
