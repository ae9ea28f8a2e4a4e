using AllianceData.Generator.Model;

namespace AllianceData.Generator.Tests;

public class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_the_same_items_are_equal_and_hash_alike()
    {
        var left = new[] { "a", "b" }.ToEquatableArray();
        var right = new[] { "a", "b" }.ToEquatableArray();

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, new[] { "a" }.ToEquatableArray());
        Assert.NotEqual(left, new[] { "b", "a" }.ToEquatableArray());
    }

    [Fact]
    public void A_builder_filled_to_its_capacity_hands_over_exactly_its_items()
    {
        var builder = EquatableArray.Builder<string>(3);
        builder.Add("a");
        builder.Add("b");
        builder.Add("c");

        var array = builder.ToEquatableArray();

        Assert.Equal(new[] { "a", "b", "c" }, array);
        Assert.Empty(builder); // moved, not copied
    }

    [Fact]
    public void A_builder_short_of_its_capacity_gives_only_the_items_added()
    {
        // A JSON array with an item that did not parse: fewer items than nodes.
        var builder = EquatableArray.Builder<string>(3);
        builder.Add("a");
        builder.Add("c");

        var array = builder.ToEquatableArray();

        Assert.Equal(2, array.Count);
        Assert.Equal(new[] { "a", "c" }, array);
        Assert.Equal(new[] { "a", "c" }.ToEquatableArray(), array);
    }
}
