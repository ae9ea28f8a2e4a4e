using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Tests;

/// <summary>The thread's link scratch comes back empty, whatever the article before left in it.</summary>
public class LinkScratchTests
{
    [Fact]
    public void A_scratch_taken_after_a_release_is_the_same_one_emptied()
    {
        var first = LinkScratch.Take();
        first.ClaimIds.Add("c1");
        first.Referenced.Add(3);
        first.Marks(100)[1] = 0b1010;
        first.Release();

        var second = LinkScratch.Take();

        Assert.Same(first, second);
        Assert.Empty(second.ClaimIds);
        Assert.Empty(second.Referenced);
        Assert.Empty(second.SingleValued);
        Assert.All(second.Marks(100), word => Assert.Equal(0UL, word));
        second.Release();
    }

    [Fact]
    public void A_scratch_taken_while_the_thread_holds_one_is_its_own()
    {
        var outer = LinkScratch.Take();
        var inner = LinkScratch.Take();

        Assert.NotSame(outer, inner);
        inner.Release();
        outer.Release();
    }

    [Fact]
    public void Marks_cover_every_entity_even_past_the_first_table()
    {
        var scratch = new LinkScratch();

        var marks = scratch.Marks(64 * 40 + 1);
        Assert.True(marks.Length >= 41);
        marks[0] = 1;
        marks[40] = 1;

        Assert.Equal(0UL, scratch.Marks(1)[0]);
        Assert.All(scratch.Marks(64 * 40 + 1), word => Assert.Equal(0UL, word));
    }
}
