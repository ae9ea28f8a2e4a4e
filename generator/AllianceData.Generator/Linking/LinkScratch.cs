using System;
using System.Collections.Generic;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// The working collections of one article's link: needed only while it links, since what the
/// article keeps is copied out of them at the end. They are the thread's, reused from article to
/// article (<see cref="Take"/>, <see cref="Release"/>): made new for each article and grown from
/// empty, they were an eighth of what the link allocated.
/// </summary>
internal sealed class LinkScratch
{
    /// <summary>Collections that held more than this many items are not kept: a compiler server keeps its threads.</summary>
    private const int KeptCount = 4096;

    private ulong[] _marked = new ulong[16];

    /// <summary>The article's claim IDs seen so far.</summary>
    public HashSet<string> ClaimIds { get; } = new(StringComparer.Ordinal);

    /// <summary>The claims the contradiction check reads (single-valued predicate), with where each ID is written.</summary>
    public List<(ClaimSpec Claim, LocationInfo Location)> SingleValued { get; } = new();

    /// <summary>The ordinals of the entities the article refers to, in first-reference order.</summary>
    public List<int> Referenced { get; } = new();

    /// <summary>The thread's scratch, emptied, or a new one if it is taken (an article linked while another links on the thread).</summary>
    public static LinkScratch Take()
    {
        var scratch = ThreadSpare<LinkScratch>.Take() ?? new LinkScratch();
        scratch.ClaimIds.Clear();
        scratch.SingleValued.Clear();
        scratch.Referenced.Clear();
        return scratch;
    }

    /// <summary>One bit per entity, all clear, for <paramref name="entities"/> entities.</summary>
    public ulong[] Marks(int entities)
    {
        var words = (entities + 63) >> 6;
        if (_marked.Length < words)
        {
            _marked = new ulong[words];
        }
        else
        {
            Array.Clear(_marked, 0, words);
        }

        return _marked;
    }

    /// <summary>Gives the scratch back to the thread for the next article; it must not be used after.</summary>
    public void Release()
    {
        if (ClaimIds.Count <= KeptCount && SingleValued.Count <= KeptCount && Referenced.Count <= KeptCount)
        {
            ThreadSpare<LinkScratch>.Keep(this);
        }
    }
}
