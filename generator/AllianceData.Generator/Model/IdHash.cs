namespace AllianceData.Generator.Model;

/// <summary>
/// Where a registry ID goes in an open-addressed table of a power-of-two size: the article links'
/// lookups (<see cref="IdLookup{T}"/>) and each payload's reference table hash every ID they meet,
/// and hashing a few of its characters costs less than hashing all of them, as a dictionary does.
/// </summary>
internal static class IdHash
{
    /// <summary>The shift that takes a 32-bit hash to a slot of a table of <paramref name="slots"/> (a power of two).</summary>
    public static int ShiftFor(int slots)
    {
        var shift = 32;
        for (var size = slots; size > 1; size >>= 1)
        {
            shift--;
        }

        return shift;
    }

    /// <summary>
    /// The first slot to try for <paramref name="id"/>: its length and five of its characters, mostly
    /// from the end, as registry IDs are slugs of names that share their prefixes, spread over the
    /// table by Fibonacci hashing. IDs that sample alike only probe further, and a match is always
    /// checked on the whole ID.
    /// </summary>
    public static int Slot(string id, int shift)
    {
        var n = id.Length;
        var h = (uint)n;
        if (n > 0)
        {
            h = (h * 31) + id[n - 1];
            h = (h * 31) + id[n > 1 ? n - 2 : 0];
            h = (h * 31) + id[(n - 1) / 2];
            h = (h * 31) + id[(n - 1) / 4];
            h = (h * 31) + id[(3 * (n - 1)) / 4];
        }

        return (int)((h * 0x9E3779B9u) >> shift);
    }
}
