using System;
using System.Collections.Generic;

namespace AllianceData.Generator.Model;

/// <summary>A registry entity as the article links need it: its kind, and where its ID is written (for ALD0021).</summary>
/// <param name="Ordinal">Its place among the dataset's entities (<see cref="RegistryIndex.Entities"/>): a reference is marked as made by it, not by hashing the ID once more.</param>
internal sealed record RegistryEntity(string Id, string Kind, LocationInfo Location, int Ordinal);

/// <summary>
/// The registries of one dataset, linked and validated on their own: the step that makes it re-runs
/// only when a registry file (or the dataset class) changes, so an edit to an article re-links that
/// article against this index and nothing else.
/// </summary>
/// <param name="Entities">Every organization, person and place, in registry order.</param>
/// <param name="ReferencedByRegistries">The ordinals of the entities the registries themselves refer to (parents, roles...).</param>
/// <param name="HasFiles">Whether the dataset has any registry file (with none, and no article, ALD0018 says so).</param>
/// <param name="Incomplete">A registry file has errors of its own, so an entry may be missing: unknown references are then not reported on top.</param>
internal sealed record RegistryIndex(
    DatasetTarget Target,
    EquatableArray<OrganizationSpec> Organizations,
    EquatableArray<PersonSpec> People,
    EquatableArray<PlaceSpec> Places,
    EquatableArray<PredicateSpec> Predicates,
    EquatableArray<RegistryEntity> Entities,
    EquatableArray<int> ReferencedByRegistries,
    bool Incomplete,
    bool HasFiles,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    private readonly Memo<Lookups> _lookups = new();

    /// <summary>The entities by ID, built on first use.</summary>
    public Dictionary<string, RegistryEntity> EntitiesById => Get().Entities;

    /// <summary>The predicates by ID, built on first use.</summary>
    public Dictionary<string, PredicateSpec> PredicatesById => Get().Predicates;

    /// <summary>The entities by ID, for the article links' lookups (<see cref="IdLookup{T}"/>), built on first use.</summary>
    public IdLookup<RegistryEntity> EntityLookup => Get().EntityLookup;

    /// <summary>The predicates by ID, for the article links' lookups, built on first use.</summary>
    public IdLookup<PredicateSpec> PredicateLookup => Get().PredicateLookup;

    /// <summary>
    /// The entity as a claim's object, one spec per entity, built on first use: more than half the
    /// claims have an entity object, and a spec per claim is an object the driver keeps for each,
    /// where one per entity, equal to it, serves every claim that names the entity.
    /// </summary>
    public ClaimObjectSpec EntityObject(RegistryEntity entity) => Get().EntityObject(entity.Ordinal);

    private Lookups Get() => _lookups.GetOrCreate(this, static index => new Lookups(index));

    private sealed class Lookups
    {
        // The entities as claim objects, by ordinal (the entity's place in the registry's order).
        private readonly ClaimObjectSpec[] _entityObjects;

        public Lookups(RegistryIndex index)
        {
            _entityObjects = new ClaimObjectSpec[index.Entities.Count];
            foreach (var entity in index.Entities)
            {
                Entities[entity.Id] = entity;
                _entityObjects[entity.Ordinal] = new ClaimObjectSpec("entity", entity.Id, null, null, null);
            }

            foreach (var predicate in index.Predicates)
            {
                Predicates[predicate.Id] = predicate;
            }

            EntityLookup = new IdLookup<RegistryEntity>(Entities);
            PredicateLookup = new IdLookup<PredicateSpec>(Predicates);
        }

        public IdLookup<RegistryEntity> EntityLookup { get; }

        public IdLookup<PredicateSpec> PredicateLookup { get; }

        public Dictionary<string, RegistryEntity> Entities { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, PredicateSpec> Predicates { get; } = new(StringComparer.Ordinal);

        public ClaimObjectSpec EntityObject(int ordinal) => _entityObjects[ordinal];
    }
}
