using System.Collections.Generic;

namespace AllianceData.Seeding;

/// <summary>The registry payload (<c>R1|</c>, docs/emission.md): organizations, people, places, predicates and the article IDs.</summary>
internal sealed partial class ArticlePayloadReader
{
    /// <summary>Adds the registries to <paramref name="builder"/> and returns the article IDs, in order.</summary>
    public string[] ReadRegistries(DatasetBuilder builder)
    {
        if (string.CompareOrdinal(_payload, 0, DatasetPayload.Version1, 0, DatasetPayload.Version1.Length) != 0)
        {
            throw Error("not a version 1 registry payload (it does not start with \"" + DatasetPayload.Version1 + "\")");
        }

        _offset = DatasetPayload.Version1.Length;
        for (var i = Count(); i > 0; i--)
        {
            builder.Add(new OrganizationSeed { Id = Str(), Name = Str(), Aliases = Strs(), Kind = Enum<OrganizationKind>(), Country = OStr(), Parent = OStr(), ReportsTo = Strs(), Description = OStr() });
        }

        for (var i = Count(); i > 0; i--)
        {
            var person = new PersonSeed { Id = Str(), Name = Str(), Aliases = Strs(), Country = OStr() };
            var roles = new List<RoleSeed>();
            for (var r = Count(); r > 0; r--)
            {
                roles.Add(new RoleSeed { Title = Str(), Organization = OStr() });
            }

            person.Roles = roles.ToArray();
            person.Description = OStr();
            builder.Add(person);
        }

        for (var i = Count(); i > 0; i--)
        {
            builder.Add(new PlaceSeed { Id = Str(), Name = Str(), Aliases = Strs(), Kind = Enum<PlaceKind>(), Country = OStr(), Within = OStr(), Description = OStr() });
        }

        for (var i = Count(); i > 0; i--)
        {
            builder.Add(new PredicateSeed { Id = Str(), Label = Str(), Description = Str(), ObjectKind = Enum<ValueKind>(), IsSingleValued = Bool() });
        }

        var articles = Strs();
        if (_offset != _payload.Length)
        {
            throw Error("unexpected characters after the article IDs");
        }

        return articles;
    }
}
