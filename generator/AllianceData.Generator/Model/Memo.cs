using System;
using System.Threading;

namespace AllianceData.Generator.Model;

/// <summary>
/// A value computed once from the other fields of the record that holds it (a dictionary over its
/// arrays, say). Every memo equals every other, so the record still compares by its data alone and
/// stays cacheable; a record holding one must not be copied with <c>with</c>, which would share it.
/// </summary>
internal sealed class Memo<T> : IEquatable<Memo<T>>
    where T : class
{
    private T? _value;

    /// <summary>
    /// The value, made by <paramref name="create"/> from <paramref name="owner"/> on first use. The
    /// owner is handed in so that <paramref name="create"/> can be static: a lambda capturing it
    /// would be a new delegate on every read, made only to be dropped.
    /// </summary>
    public T GetOrCreate<TOwner>(TOwner owner, Func<TOwner, T> create) =>
        Volatile.Read(ref _value) ?? Interlocked.CompareExchange(ref _value, create(owner), null) ?? _value!;

    public bool Equals(Memo<T>? other) => other is not null;

    public override bool Equals(object? obj) => obj is Memo<T>;

    public override int GetHashCode() => 0;
}
