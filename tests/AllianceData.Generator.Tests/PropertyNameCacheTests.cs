using System.Text;
using AllianceData.Generator.Parsing;

namespace AllianceData.Generator.Tests;

public class PropertyNameCacheTests
{
    [Fact]
    public void A_repeated_name_is_one_string()
    {
        var cache = new PropertyNameCache();
        var first = cache.Get(Encoding.UTF8.GetBytes("subject"));
        var second = cache.Get(Encoding.UTF8.GetBytes("subject"));

        Assert.Equal("subject", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Names_that_share_a_slot_each_come_back_as_written()
    {
        // Same length, first and last byte: the same slot, different names.
        var cache = new PropertyNameCache();
        foreach (var name in new[] { "abcz", "axyz", "abcz", "aééz", "axyz", string.Empty, "é" })
        {
            Assert.Equal(name, cache.Get(Encoding.UTF8.GetBytes(name)));
        }
    }

    [Fact]
    public void A_name_the_parsers_know_is_their_own_literal()
    {
        // The object reader matches known names by reference first; a copy would still match, slower.
        var name = new PropertyNameCache().Get(Encoding.UTF8.GetBytes("subject"));

        Assert.Same("subject", name);
    }

    [Fact]
    public void Each_thread_keeps_one_table_across_documents()
    {
        PropertyNameCache? other = null;
        var thread = new System.Threading.Thread(() => other = PropertyNameCache.ForThread);
        thread.Start();
        thread.Join();

        Assert.Same(PropertyNameCache.ForThread, PropertyNameCache.ForThread);
        Assert.NotNull(other);
        Assert.NotSame(PropertyNameCache.ForThread, other);
    }
}
