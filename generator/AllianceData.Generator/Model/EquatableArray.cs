using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AllianceData.Generator.Model;

/// <summary>
/// An immutable array with value equality, so that pipeline models built from it compare by
/// content and unchanged inputs stay Cached/Unchanged in the incremental pipeline.
/// </summary>
/// <remarks>
/// A class, not a struct: many steps output one, alone or in a tuple, and Roslyn's pipeline code
/// (its node tables and transforms) is generic over each step's output. Over reference types the
/// runtime shares one compiled copy of it; over each value-type shape it compiles another, which a
/// new compiler process did on the generator's first run: about 60 methods per shape, some 15 shapes
/// (docs/benchmarks.md, "The generator's first run in a new compiler process").
/// </remarks>
internal sealed class EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    public static readonly EquatableArray<T> Empty = new(ImmutableArray<T>.Empty);

    private readonly ImmutableArray<T> _items;

    public EquatableArray(ImmutableArray<T> items) => _items = items;

    public EquatableArray(IEnumerable<T> items) => _items = items.ToImmutableArray();

    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    public int Count => _items.IsDefault ? 0 : _items.Length;

    public bool IsEmpty => Count == 0;

    public T this[int index] => _items[index];

    public bool Equals(EquatableArray<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        var left = AsImmutableArray();
        var right = other.AsImmutableArray();
        if (left == right)
        {
            return true; // The same array: what the pipeline hands on unchanged from its cache.
        }

        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in AsImmutableArray())
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
        }

        return hash;
    }

    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    public static bool operator ==(EquatableArray<T>? left, EquatableArray<T>? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(EquatableArray<T>? left, EquatableArray<T>? right) => !(left == right);
}

internal static class EquatableArray
{
    /// <summary>
    /// The items as an equatable array. An empty collection gives the shared <see cref="EquatableArray{T}.Empty"/>:
    /// a step that checks every file's diagnostics then reads one object, not one per file.
    /// </summary>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => items is ICollection<T> { Count: 0 } ? EquatableArray<T>.Empty : new(items);

    public static EquatableArray<T> ToEquatableArray<T>(this ImmutableArray<T> items)
        where T : IEquatable<T> => new(items);

    /// <summary>What <paramref name="select"/> makes of each item, in one array of the exact size.</summary>
    public static EquatableArray<TResult> Project<TSource, TResult>(this ImmutableArray<TSource> items, Func<TSource, TResult> select)
        where TResult : IEquatable<TResult>
    {
        if (items.IsDefaultOrEmpty)
        {
            return EquatableArray<TResult>.Empty;
        }

        var projected = ImmutableArray.CreateBuilder<TResult>(items.Length);
        foreach (var item in items)
        {
            projected.Add(select(item));
        }

        return new(projected.MoveToImmutable());
    }

    /// <summary>
    /// A builder for at most <paramref name="capacity"/> items, where that is known (the items of a JSON
    /// array, less any that do not parse): filled to it, its array is handed over without a copy.
    /// </summary>
    public static ImmutableArray<T>.Builder Builder<T>(int capacity)
        where T : IEquatable<T> => ImmutableArray.CreateBuilder<T>(capacity);

    public static EquatableArray<T> ToEquatableArray<T>(this ImmutableArray<T>.Builder items)
        where T : IEquatable<T> =>
        items.Count == 0 ? EquatableArray<T>.Empty : new(items.Count == items.Capacity ? items.MoveToImmutable() : items.ToImmutable());
}
