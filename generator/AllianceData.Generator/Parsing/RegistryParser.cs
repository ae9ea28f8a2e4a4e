using System.Collections.Generic;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Parsing;

/// <summary>Reads the four registries: organizations, people, places and predicates.</summary>
internal static class RegistryParser
{
    private static readonly string[] OrganizationProperties = { "id", "handle", "name", "aliases", "kind", "country", "parent", "reportsTo", "description" };
    private static readonly string[] PersonProperties = { "id", "handle", "name", "aliases", "country", "roles", "description" };
    private static readonly string[] RoleProperties = { "title", "organization" };
    private static readonly string[] PlaceProperties = { "id", "handle", "name", "aliases", "kind", "country", "within", "description" };
    private static readonly string[] PredicateProperties = { "id", "handle", "label", "description", "object", "singleValued" };

    /// <summary>Reads the registry's top-level object and returns the items of its one array.</summary>
    public static JsonMembers Items(JsonNode root, ParseContext context, string arrayName)
    {
        var reader = JsonObjectReader.Open(root, context, $"the {arrayName} registry", new[] { "$schema", arrayName });
        reader?.String("$schema");
        return reader?.Array(arrayName, required: true) ?? JsonMembers.Empty;
    }

    public static OrganizationEntry? ReadOrganization(JsonNode node, ParseContext context)
    {
        if (JsonObjectReader.Open(node, context, "an organization", OrganizationProperties) is not { } reader)
        {
            return null;
        }

        var id = Identifiers.ReadId(reader, referenced: true);
        var name = reader.NonEmptyStringValue("name", required: true);
        var handle = reader.String("handle");
        var aliases = reader.StringArray("aliases");
        var kind = reader.Enum("kind", Vocabulary.OrganizationKinds, "other");
        var country = Identifiers.ReadCountry(reader);
        var parent = reader.Reference("parent");
        var reportsTo = reader.StringArray("reportsTo", references: true);
        var description = reader.StringValue("description");
        return id is { } entryId && name is not null
            ? new OrganizationEntry(entryId, name, handle, aliases, kind, country, parent, reportsTo, description)
            : null;
    }

    public static PersonEntry? ReadPerson(JsonNode node, ParseContext context)
    {
        if (JsonObjectReader.Open(node, context, "a person", PersonProperties) is not { } reader)
        {
            return null;
        }

        var id = Identifiers.ReadId(reader, referenced: true);
        var name = reader.NonEmptyStringValue("name", required: true);
        var handle = reader.String("handle");
        var aliases = reader.StringArray("aliases");
        var country = Identifiers.ReadCountry(reader);
        var roles = new List<RoleEntry>();
        foreach (var roleNode in reader.Array("roles"))
        {
            var role = JsonObjectReader.Open(roleNode, context, "a role", RoleProperties);
            var title = role?.NonEmptyStringValue("title", required: true);
            var organization = role?.Reference("organization");
            if (title is not null)
            {
                roles.Add(new RoleEntry(title, organization));
            }
        }

        var description = reader.StringValue("description");
        return id is { } entryId && name is not null
            ? new PersonEntry(entryId, name, handle, aliases, country, roles.ToEquatableArray(), description)
            : null;
    }

    public static PlaceEntry? ReadPlace(JsonNode node, ParseContext context)
    {
        if (JsonObjectReader.Open(node, context, "a place", PlaceProperties) is not { } reader)
        {
            return null;
        }

        var id = Identifiers.ReadId(reader, referenced: true);
        var name = reader.NonEmptyStringValue("name", required: true);
        var handle = reader.String("handle");
        var aliases = reader.StringArray("aliases");
        var kind = reader.Enum("kind", Vocabulary.PlaceKinds, "other");
        var country = Identifiers.ReadCountry(reader);
        var within = reader.Reference("within");
        var description = reader.StringValue("description");
        return id is { } entryId && name is not null
            ? new PlaceEntry(entryId, name, handle, aliases, kind, country, within, description)
            : null;
    }

    public static PredicateEntry? ReadPredicate(JsonNode node, ParseContext context)
    {
        if (JsonObjectReader.Open(node, context, "a predicate", PredicateProperties) is not { } reader)
        {
            return null;
        }

        var id = Identifiers.ReadId(reader, referenced: true);
        var handle = reader.String("handle");
        var label = reader.NonEmptyStringValue("label", required: true);
        var description = reader.NonEmptyStringValue("description", required: true);
        var objectKind = reader.Enum("object", Vocabulary.ObjectKinds, "any");
        var singleValued = reader.Boolean("singleValued") ?? false;
        return id is { } entryId && label is not null && description is not null
            ? new PredicateEntry(entryId, handle, label, description, objectKind, singleValued)
            : null;
    }
}
