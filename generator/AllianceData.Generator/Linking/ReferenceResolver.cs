using System.Collections.Generic;
using System.Linq;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// Resolves references to entities and predicates against a dataset's registries, reporting what
/// does not resolve (with a did-you-mean) and remembering what was referenced.
/// </summary>
internal sealed class ReferenceResolver
{
    // Every reference of every claim is looked up here: in the lookups, which hash a few characters
    // of an ID, not all of them. The dictionaries give the candidates for a did-you-mean.
    private readonly Dictionary<string, RegistryEntity> _entities;
    private readonly Dictionary<string, PredicateSpec> _predicates;
    private readonly IdLookup<RegistryEntity> _entityLookup;
    private readonly IdLookup<PredicateSpec> _predicateLookup;
    private readonly bool _registriesIncomplete;
    private readonly RegistryIndex? _registries;
    private readonly List<DiagnosticInfo> _diagnostics;

    // Which entities were referenced, one bit per entity by its ordinal: a reference marks its
    // entity without hashing the ID a second time (the lookup already found the entity).
    private readonly ulong[] _marked;
    private readonly List<int> _referenced;

    /// <summary>A resolver for an article's references, claim objects among them, marking them in the article's scratch.</summary>
    public ReferenceResolver(RegistryIndex registries, List<DiagnosticInfo> diagnostics, LinkScratch scratch)
        : this(registries.EntitiesById, registries.PredicatesById, registries.EntityLookup, registries.PredicateLookup, registries.Incomplete, diagnostics, registries, scratch.Marks(registries.Entities.Count), scratch.Referenced)
    {
    }

    /// <summary>A resolver for references between registry entries, which have no claim objects.</summary>
    public ReferenceResolver(Dictionary<string, RegistryEntity> entities, Dictionary<string, PredicateSpec> predicates, bool registriesIncomplete, List<DiagnosticInfo> diagnostics)
        : this(entities, predicates, new IdLookup<RegistryEntity>(entities), new IdLookup<PredicateSpec>(predicates), registriesIncomplete, diagnostics, null, new ulong[(entities.Count + 63) >> 6], new List<int>())
    {
    }

    private ReferenceResolver(Dictionary<string, RegistryEntity> entities, Dictionary<string, PredicateSpec> predicates, IdLookup<RegistryEntity> entityLookup, IdLookup<PredicateSpec> predicateLookup, bool registriesIncomplete, List<DiagnosticInfo> diagnostics, RegistryIndex? registries, ulong[] marked, List<int> referenced)
    {
        _entities = entities;
        _predicates = predicates;
        _entityLookup = entityLookup;
        _predicateLookup = predicateLookup;
        _registriesIncomplete = registriesIncomplete;
        _registries = registries;
        _diagnostics = diagnostics;
        _marked = marked;
        _referenced = referenced;
    }

    /// <summary>
    /// The ordinal (<see cref="RegistryEntity.Ordinal"/>) of every entity something resolved to, in
    /// first-reference order: the unreferenced-entity check marks them in an array, where IDs had to
    /// be hashed into a set once more, article by article.
    /// </summary>
    public EquatableArray<int> Referenced() => _referenced.ToEquatableArray();

    /// <summary>The predicate a reference names; reports and returns null when there is none.</summary>
    public PredicateSpec? ResolvePredicate(SourceString reference)
    {
        if (_predicateLookup.Find(reference.Value) is { } predicate)
        {
            return predicate;
        }

        if (!_registriesIncomplete)
        {
            Report(DiagnosticDescriptors.UnknownReference, reference.Location, "predicate", reference.Value, Suggestions.DidYouMean(reference.Value, _predicates.Keys));
        }

        return null;
    }

    /// <summary>Resolves an entity reference of the given kind ("entity" takes any); reports and returns null when it does not resolve.</summary>
    public string? Resolve(SourceString? reference, string kind, string role) => ResolveEntity(reference, kind, role)?.Id;

    /// <summary>A claim's entity object: the registry's one spec of the entity (<see cref="RegistryIndex.EntityObject"/>); reports and returns null when it does not resolve.</summary>
    public ClaimObjectSpec? ResolveObject(SourceString? reference) =>
        ResolveEntity(reference, "entity", "a claim's object") is { } entity ? _registries!.EntityObject(entity) : null;

    private RegistryEntity? ResolveEntity(SourceString? reference, string kind, string role)
    {
        if (reference is not { } written)
        {
            return null;
        }

        if (_entityLookup.Find(written.Value) is not { } entity)
        {
            if (!_registriesIncomplete)
            {
                ReportUnknown(written, kind);
            }

            return null;
        }

        if (kind != "entity" && entity.Kind != kind)
        {
            Report(DiagnosticDescriptors.WrongReferenceKind, written.Location, written.Value, entity.Kind, role, kind);
            return null;
        }

        ref var word = ref _marked[entity.Ordinal >> 6];
        var bit = 1UL << (entity.Ordinal & 63);
        if ((word & bit) == 0)
        {
            word |= bit;
            _referenced.Add(entity.Ordinal);
        }

        return entity;
    }

    // Apart from Resolve: the lambda captures the kind, and C# makes the object it captures into on
    // entry to the method that declares it, so in Resolve every reference made one, resolved or not.
    private void ReportUnknown(SourceString written, string kind)
    {
        var candidates = _entities.Values.Where(e => kind == "entity" || e.Kind == kind).Select(e => e.Id);
        Report(DiagnosticDescriptors.UnknownReference, written.Location, kind, written.Value, Suggestions.DidYouMean(written.Value, candidates));
    }

    public EquatableArray<string> ResolveAll(EquatableArray<SourceString> references, string kind, string role)
    {
        var resolved = EquatableArray.Builder<string>(references.Count);
        foreach (var reference in references)
        {
            if (Resolve(reference, kind, role) is { } id)
            {
                resolved.Add(id);
            }
        }

        return resolved.ToEquatableArray();
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
}
