using System;
using System.Linq;
using System.Text;
using AllianceData.Generator.Parsing;

namespace AllianceData.Generator.Tests;

public class Utf8StringTableTests
{
    private static Utf8StringTable Names() => new(256, 64, intern: true);

    private static Utf8StringTable References() => new(4096, 64, intern: false);

    private static string Get(Utf8StringTable table, string value)
    {
        // Inside a larger buffer, as the parser hands over a string token's bytes.
        var bytes = Encoding.UTF8.GetBytes("\"" + value + "\"");
        return table.Get(new ReadOnlySpan<byte>(bytes, 1, bytes.Length - 2));
    }

    [Theory]
    [InlineData(true, "subject")]
    [InlineData(false, "org-us-forces-japan")]
    public void A_recurring_value_is_one_string(bool interning, string value)
    {
        var table = interning ? Names() : References();
        var first = Get(table, value);
        var second = Get(table, value);

        Assert.Equal(value, first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Names_of_one_length_and_first_and_last_byte_each_come_back_as_written()
    {
        var table = Names();
        foreach (var name in new[] { "abcz", "axyz", "abcz", "aééz", "axyz", string.Empty, "é" })
        {
            Assert.Equal(name, Get(table, name));
        }
    }

    [Fact]
    public void More_IDs_than_slots_each_come_back_as_written_however_they_collide()
    {
        // 10,000 IDs of one series (same length, first and last bytes) in a 4,096-slot table: slots are
        // shared and taken over, and every value must still be the one whose bytes were asked for.
        var table = References();
        var ids = Enumerable.Range(0, 10_000).Select(i => $"org-{i:D5}").ToList();
        foreach (var pass in new[] { ids, Enumerable.Reverse(ids).ToList(), ids })
        {
            foreach (var id in pass)
            {
                Assert.Equal(id, Get(table, id));
            }
        }
    }

    [Fact]
    public void Long_non_ASCII_and_empty_values_decode_as_written()
    {
        var table = References();
        foreach (var value in new[] { new string('x', 65), new string('y', 64), "ja-自衛隊-統合作戦司令部", "é", string.Empty, "ja-自衛隊-統合作戦司令部" })
        {
            Assert.Equal(value, Get(table, value));
        }
    }

    [Fact]
    public void Two_values_of_one_slot_pair_both_stay()
    {
        // Two values whose hashes pick the same pair of slots, found among a series; each stays the one
        // string it first came back as, however they alternate. A third one pushes out the older.
        var table = Names();
        var pairs = Enumerable.Range(0, 10_000).Select(i => $"name{i}").GroupBy(n => Utf8StringTable.Hash(Encoding.ASCII.GetBytes(n)) >> 57).First(g => g.Count() >= 3).Take(3).ToArray();
        var first = Get(table, pairs[0]);
        var second = Get(table, pairs[1]);
        for (var i = 0; i < 3; i++)
        {
            Assert.Same(first, Get(table, pairs[0]));
            Assert.Same(second, Get(table, pairs[1]));
        }

        Assert.Equal(pairs[2], Get(table, pairs[2]));
        Assert.Same(second, Get(table, pairs[1]));
        Assert.NotSame(first, Get(table, pairs[0]));
    }

    [Fact]
    public void The_hash_changes_with_any_one_byte_of_a_value_of_any_length()
    {
        // The words read overlap and cover the value: a byte left out would make its series collide.
        for (var length = 1; length <= 40; length++)
        {
            var value = Encoding.ASCII.GetBytes(new string('a', length));
            var hash = Utf8StringTable.Hash(value);
            for (var position = 0; position < length; position++)
            {
                var changed = (byte[])value.Clone();
                changed[position] = (byte)'b';
                Assert.True(Utf8StringTable.Hash(changed) != hash, $"byte {position} of {length}");
            }
        }
    }

    [Fact]
    public void A_series_of_IDs_spreads_over_the_slots()
    {
        // The top 12 bits pick one of the references table's 4,096 slots. 4,096 IDs that differ only in
        // their middle digits, placed at random, would fill about 63 % of them (1 - 1/e).
        var slots = Enumerable.Range(0, 4096)
            .Select(i => Utf8StringTable.Hash(Encoding.ASCII.GetBytes($"org-{i:D5}-ministry")) >> 52)
            .Distinct()
            .Count();

        Assert.InRange(slots, 2400, 4096);
    }

    [Fact]
    public void A_name_the_parsers_know_is_their_own_literal()
    {
        // The object reader matches known names by reference first; a copy would still match, slower.
        var name = Get(Names(), "subject");

        Assert.Same("subject", name);
    }

    [Fact]
    public void A_table_that_does_not_intern_hands_back_its_own_string()
    {
        var value = Get(References(), "subject");

        Assert.Equal("subject", value);
        Assert.NotSame("subject", value);
    }

    [Fact]
    public void Each_thread_keeps_one_table_of_each_kind_across_documents()
    {
        (Utf8StringTable Names, Utf8StringTable References)? other = null;
        var thread = new System.Threading.Thread(() => other = (Utf8StringTable.PropertyNames, Utf8StringTable.References));
        thread.Start();
        thread.Join();

        Assert.Same(Utf8StringTable.PropertyNames, Utf8StringTable.PropertyNames);
        Assert.Same(Utf8StringTable.References, Utf8StringTable.References);
        Assert.NotSame(Utf8StringTable.PropertyNames, Utf8StringTable.References);
        Assert.NotNull(other);
        Assert.NotSame(Utf8StringTable.PropertyNames, other.Value.Names);
        Assert.NotSame(Utf8StringTable.References, other.Value.References);
    }
}
