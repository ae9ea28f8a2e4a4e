using AllianceData.Generator.Emitting;

namespace AllianceData.Generator.Tests;

/// <summary>The payload buffer the emitters write into: the thread's, reused, and never handed to two writers at once.</summary>
public class PayloadBufferTests
{
    [Fact]
    public void A_buffer_taken_again_after_its_release_starts_empty()
    {
        var first = PayloadBuffer.Take();
        first.Append("A2|").Append(42);
        first.Release();

        var next = PayloadBuffer.Take();
        Assert.Same(first, next);
        Assert.Equal(0, next.Length);
    }

    [Fact]
    public void A_buffer_taken_while_another_is_in_use_is_a_buffer_of_its_own()
    {
        var outer = PayloadBuffer.Take();
        outer.Append("outer");

        var inner = PayloadBuffer.Take();
        inner.Append("inner");

        Assert.NotSame(outer, inner);
        Assert.Equal("outer", new string(outer.Chars, 0, outer.Length));
        inner.Release();
        outer.Release();
    }
}
