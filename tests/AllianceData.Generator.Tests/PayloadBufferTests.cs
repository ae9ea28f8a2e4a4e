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

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(8)]
    public void Inserted_characters_move_those_after_them_up(int position)
    {
        var buffer = new PayloadBuffer(16); // the insert grows it
        buffer.Append("A2|abcde");
        var part = new PayloadBuffer();
        part.Append("0123456789");

        buffer.Insert(position, part);

        Assert.Equal("A2|abcde".Insert(position, "0123456789"), new string(buffer.Chars, 0, buffer.Length));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(99999)]
    [InlineData(1000000000)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    [InlineData(-120)]
    [InlineData(int.MinValue)]
    public void A_terminated_integer_is_its_invariant_digits_and_the_terminator(int value)
    {
        var buffer = new PayloadBuffer(16);
        buffer.Append('[');
        buffer.AppendTerminated(value, ';');
        Assert.Equal("[" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";", new string(buffer.Chars, 0, buffer.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("0123456789")]
    [InlineData("a string that outgrows the buffer's first sixteen characters")]
    public void A_length_prefixed_string_is_its_length_a_colon_and_the_string(string value)
    {
        var buffer = new PayloadBuffer(16);
        buffer.Append("A2|");
        buffer.AppendLengthPrefixed(value);
        Assert.Equal("A2|" + value.Length + ":" + value, new string(buffer.Chars, 0, buffer.Length));
    }
}
