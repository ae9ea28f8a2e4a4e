using System;
using System.Globalization;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// A payload as it is written: a growable run of characters that the emitter escapes straight into
/// the generated source, so an article's payload never becomes a string of its own (a
/// StringBuilder's characters cannot be read in place on netstandard2.0). The buffer is the thread's,
/// reused from payload to payload (<see cref="Take"/>, <see cref="Release"/>): a fresh one per bucket
/// and for the registries grew by doubling to the largest payload, 3 of the 14 MiB the emit allocated
/// at 1,000 articles.
/// </summary>
internal sealed class PayloadBuffer
{
    /// <summary>Buffers that grew past this many characters are not kept: a compiler server keeps its threads.</summary>
    private const int KeptCapacity = 1 << 20;

    private char[] _chars;

    public PayloadBuffer(int capacity = 4096) => _chars = new char[Math.Max(16, capacity)];

    /// <summary>
    /// The thread's buffer, empty, or a new one if it is taken. Taken, not shared: a payload taken
    /// while another is being written on the thread gets a buffer of its own.
    /// </summary>
    public static PayloadBuffer Take()
    {
        var buffer = ThreadSpare<PayloadBuffer>.Take() ?? new PayloadBuffer();
        buffer.Clear();
        return buffer;
    }

    /// <summary>The length in characters of what <paramref name="write"/> writes of <paramref name="value"/>, written into the thread's buffer to be measured.</summary>
    public static int LengthOf<T>(T value, Action<PayloadBuffer, T> write)
    {
        var buffer = Take();
        write(buffer, value);
        var length = buffer.Length;
        buffer.Release();
        return length;
    }

    /// <summary>Gives the buffer back to the thread for the next payload; it must not be used after.</summary>
    public void Release()
    {
        if (_chars.Length <= KeptCapacity)
        {
            ThreadSpare<PayloadBuffer>.Keep(this);
        }
    }

    public int Length { get; private set; }

    /// <summary>The characters written, valid up to <see cref="Length"/> until the next write.</summary>
    public char[] Chars => _chars;

    public void Clear() => Length = 0;

    public PayloadBuffer Append(char c)
    {
        Reserve(1);
        _chars[Length++] = c;
        return this;
    }

    public PayloadBuffer Append(string value)
    {
        Reserve(value.Length);
        value.CopyTo(0, _chars, Length, value.Length);
        Length += value.Length;
        return this;
    }

    /// <summary>Appends <paramref name="value"/> in invariant decimal digits, without formatting a string for it.</summary>
    public PayloadBuffer Append(int value)
    {
        if (value < 0)
        {
            if (value == int.MinValue)
            {
                return Append(value.ToString(CultureInfo.InvariantCulture));
            }

            Append('-');
            value = -value;
        }

        var digits = DigitCount(value);
        Reserve(digits);
        WriteDigits(value, digits);
        return this;
    }

    /// <summary>
    /// Appends <paramref name="value"/> as the payload writes every string: its length, ':', then the
    /// string. One reserve for the three parts, where appending them one by one checked the room three
    /// times and counted the length's digits by division; an article's payload is mostly such strings.
    /// </summary>
    public void AppendLengthPrefixed(string value)
    {
        var length = value.Length;
        var digits = DigitCount(length);
        Reserve(digits + 1 + length);
        WriteDigits(length, digits);
        _chars[Length++] = ':';
        value.CopyTo(0, _chars, Length, length);
        Length += length;
    }

    /// <summary>Appends <paramref name="value"/> in invariant decimal digits and then <paramref name="terminator"/>, with one reserve for both.</summary>
    public void AppendTerminated(int value, char terminator)
    {
        if (value < 0)
        {
            Append(value).Append(terminator); // rare: no count or offset is negative
            return;
        }

        var digits = DigitCount(value);
        Reserve(digits + 1);
        WriteDigits(value, digits);
        _chars[Length++] = terminator;
    }

    /// <summary>The decimal digits of a non-negative <paramref name="value"/>, by comparison: most are lengths and offsets of one to four digits.</summary>
    private static int DigitCount(int value) =>
        value < 10 ? 1 :
        value < 100 ? 2 :
        value < 1000 ? 3 :
        value < 10000 ? 4 :
        value < 100000 ? 5 :
        value < 1000000 ? 6 :
        value < 10000000 ? 7 :
        value < 100000000 ? 8 :
        value < 1000000000 ? 9 : 10;

    /// <summary>Writes the <paramref name="digits"/> digits of a non-negative <paramref name="value"/> at <see cref="Length"/>, room for them reserved.</summary>
    private void WriteDigits(int value, int digits)
    {
        var chars = _chars;
        var end = Length + digits;
        for (var i = end - 1; i >= Length; i--)
        {
            chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        Length = end;
    }

    /// <summary>Inserts the characters of <paramref name="part"/> at <paramref name="position"/>, those after it moved up.</summary>
    public void Insert(int position, PayloadBuffer part)
    {
        Reserve(part.Length);
        Array.Copy(_chars, position, _chars, position + part.Length, Length - position);
        Array.Copy(part._chars, 0, _chars, position, part.Length);
        Length += part.Length;
    }

    /// <summary>Replaces the characters from <paramref name="start"/> on with <paramref name="replacement"/>.</summary>
    public void ReplaceFrom(int start, string replacement)
    {
        Length = start;
        Append(replacement);
    }

    private void Reserve(int count)
    {
        if (Length + count > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + count));
        }
    }
}
