using System.Linq;
using System.Text;
using AllianceData.Generator.Parsing;

namespace AllianceData.Generator.Tests;

public class RecurringStringCacheTests
{
    private static string Get(RecurringStringCache cache, string value)
    {
        // At an offset inside a larger buffer, as the parser hands over a string token's bytes.
        var bytes = Encoding.UTF8.GetBytes("\"" + value + "\"");
        return cache.Get(bytes, 1, bytes.Length - 2);
    }

    [Fact]
    public void A_recurring_ID_is_one_string()
    {
        var cache = new RecurringStringCache();
        var first = Get(cache, "org-us-forces-japan");
        var second = Get(cache, "org-us-forces-japan");

        Assert.Equal("org-us-forces-japan", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void More_IDs_than_slots_each_come_back_as_written_however_they_collide()
    {
        // 10,000 IDs of one series (same length, first and last bytes) in a 4,096-slot table: slots are
        // shared and taken over, and every value must still be the one whose bytes were asked for.
        var cache = new RecurringStringCache();
        var ids = Enumerable.Range(0, 10_000).Select(i => $"org-{i:D5}").ToList();
        foreach (var pass in new[] { ids, Enumerable.Reverse(ids).ToList(), ids })
        {
            foreach (var id in pass)
            {
                Assert.Equal(id, Get(cache, id));
            }
        }
    }

    [Fact]
    public void Long_non_ASCII_and_empty_values_decode_as_written()
    {
        var cache = new RecurringStringCache();
        foreach (var value in new[] { new string('x', 65), new string('y', 64), "ja-自衛隊-統合作戦司令部", "é", string.Empty, "ja-自衛隊-統合作戦司令部" })
        {
            Assert.Equal(value, Get(cache, value));
        }
    }

    [Fact]
    public void Each_thread_keeps_one_table_across_documents()
    {
        RecurringStringCache? other = null;
        var thread = new System.Threading.Thread(() => other = RecurringStringCache.ForThread);
        thread.Start();
        thread.Join();

        Assert.Same(RecurringStringCache.ForThread, RecurringStringCache.ForThread);
        Assert.NotNull(other);
        Assert.NotSame(RecurringStringCache.ForThread, other);
    }
}
