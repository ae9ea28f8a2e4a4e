using System;
using System.Collections.Generic;
using System.Linq;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// Links a dataset's registry files (organizations, people, places, predicates) into a
/// <see cref="RegistryIndex"/>: duplicate IDs, handles, references between entries and cycles.
/// </summary>
internal static class RegistryLinker
{
    public static RegistryIndex Link(DatasetTarget target, IEnumerable<SeedFile> allRegistryFiles)
    {
        var folder = SeedPathFilter.For(target);
        var files = allRegistryFiles
            .Where(file => folder.Includes(file.Path))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        var diagnostics = new List<DiagnosticInfo>();
        var incomplete = files.Any(f => f.Diagnostics.Any(d => d.IsError));

        var entities = new Dictionary<string, RegistryEntity>(StringComparer.Ordinal);
        var organizations = Register(files.SelectMany(f => f.Organizations), o => o.Id, "organization", entities, diagnostics);
        var people = Register(files.SelectMany(f => f.People), p => p.Id, "person", entities, diagnostics);
        var places = Register(files.SelectMany(f => f.Places), p => p.Id, "place", entities, diagnostics);

        var predicateIds = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        var predicates = new List<PredicateEntry>();
        foreach (var predicate in files.SelectMany(f => f.Predicates))
        {
            if (predicateIds.TryGetValue(predicate.Id.Value, out var first))
            {
                diagnostics.Add(Duplicates.Report(predicate.Id, "predicate", "another predicate", first));
                continue;
            }

            predicateIds.Add(predicate.Id.Value, predicate.Id.Location);
            predicates.Add(predicate);
        }

        var handles = new HandleAssigner(diagnostics);
        var resolver = new ReferenceResolver(entities, new Dictionary<string, PredicateSpec>(), incomplete, diagnostics);

        var organizationSpecs = organizations.Select(o => new OrganizationSpec(
            o.Id.Value,
            handles.Assign("organization", o.Id, o.Handle, "Organizations"),
            o.Name,
            o.Aliases.Select(a => a.Value).ToEquatableArray(),
            o.Kind,
            o.Country,
            resolver.Resolve(o.Parent, "organization", "'parent'"),
            resolver.ResolveAll(o.ReportsTo, "organization", "'reportsTo'"),
            o.Description)).ToEquatableArray();
        var personSpecs = people.Select(p => new PersonSpec(
            p.Id.Value,
            handles.Assign("person", p.Id, p.Handle, "People"),
            p.Name,
            p.Aliases.Select(a => a.Value).ToEquatableArray(),
            p.Country,
            p.Roles.Select(r => new RoleSpec(r.Title, resolver.Resolve(r.Organization, "organization", "a role's 'organization'"))).ToEquatableArray(),
            p.Description)).ToEquatableArray();
        var placeSpecs = places.Select(p => new PlaceSpec(
            p.Id.Value,
            handles.Assign("place", p.Id, p.Handle, "Places"),
            p.Name,
            p.Aliases.Select(a => a.Value).ToEquatableArray(),
            p.Kind,
            p.Country,
            resolver.Resolve(p.Within, "place", "'within'"),
            p.Description)).ToEquatableArray();
        var predicateSpecs = predicates
            .Select(p => new PredicateSpec(p.Id.Value, handles.Assign("predicate", p.Id, p.Handle, "Predicates"), p.Label, p.Description, p.ObjectKind, p.SingleValued))
            .ToEquatableArray();

        CheckCycles(organizations, places, diagnostics);
        return new RegistryIndex(
            target,
            organizationSpecs,
            personSpecs,
            placeSpecs,
            predicateSpecs,
            entities.Values.ToEquatableArray(),
            resolver.Referenced(),
            incomplete,
            files.Count > 0,
            diagnostics.ToEquatableArray());
    }

    private static List<T> Register<T>(IEnumerable<T> entries, Func<T, SourceString> id, string kind, Dictionary<string, RegistryEntity> entities, List<DiagnosticInfo> diagnostics)
    {
        var kept = new List<T>();
        foreach (var entry in entries)
        {
            var entryId = id(entry);
            if (entities.TryGetValue(entryId.Value, out var existing))
            {
                diagnostics.Add(Duplicates.Report(entryId, "entity", $"a {existing.Kind}", existing.Location));
                continue;
            }

            entities.Add(entryId.Value, new RegistryEntity(entryId.Value, kind, entryId.Location, entities.Count));
            kept.Add(entry);
        }

        return kept;
    }

    private static void CheckCycles(List<OrganizationEntry> organizations, List<PlaceEntry> places, List<DiagnosticInfo> diagnostics)
    {
        var parents = organizations.Where(o => o.Parent is not null).Select(o => Edge(o.Id, o.Parent!.Value)).ToList();
        var reporting = organizations.SelectMany(o => o.ReportsTo.Select(r => Edge(o.Id, r))).ToList();
        var within = places.Where(p => p.Within is not null).Select(p => Edge(p.Id, p.Within!.Value)).ToList();
        foreach (var (edges, relation) in new[] { (parents, "'parent' links"), (reporting, "'reportsTo' links"), (within, "'within' links") })
        {
            foreach (var (closing, path) in CycleCheck.Find(edges))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RelationCycle, closing.Location, closing.To, relation, string.Join(" -> ", path)));
            }
        }

        // The link from an entry to the entry it names, reported where the name is written.
        static ReferenceEdge Edge(SourceString from, SourceString to) => new(from.Value, to.Value, to.Location);
    }
}
