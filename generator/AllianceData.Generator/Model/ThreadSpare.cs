using System;

namespace AllianceData.Generator.Model;

/// <summary>
/// One object of a kind kept per thread, for the next use on that thread: a writer's builder, a
/// payload buffer, an article's working collections. Taken, not shared: <see cref="Take"/> hands the
/// spare out and forgets it, so an object taken while another is in use on the thread is a new one.
/// Whoever takes it decides whether it is worth keeping (<see cref="Keep"/>): a compiler server keeps
/// its threads, so what grew large is dropped.
/// </summary>
internal static class ThreadSpare<T>
    where T : class
{
    [ThreadStatic]
    private static T? _spare;

    /// <summary>The thread's spare, now no longer kept, or null if there is none.</summary>
    public static T? Take()
    {
        var spare = _spare;
        _spare = null;
        return spare;
    }

    /// <summary>Keeps <paramref name="item"/> as the thread's spare; it must not be used after.</summary>
    public static void Keep(T item) => _spare = item;
}
