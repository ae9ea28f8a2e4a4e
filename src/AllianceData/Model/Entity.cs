using System.Collections.Generic;

namespace AllianceData;

/// <summary>An organization, person or place from the dataset's registries.</summary>
public abstract class Entity
{
    private IReadOnlyList<Claim> _claims = System.Array.Empty<Claim>();
    private IReadOnlyList<Article> _mentionedIn = System.Array.Empty<Article>();

    private protected Entity(string id, string name, IReadOnlyList<string> aliases, string? country, string? description)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        Country = country;
        Description = description;
    }

    /// <summary>The registry ID, kebab-case: <c>us-forces-japan</c>.</summary>
    public string Id { get; }

    /// <summary>The canonical name.</summary>
    public string Name { get; }

    /// <summary>Other names the sources use for this entity.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>ISO 3166-1 alpha-2 country code, when known.</summary>
    public string? Country { get; }

    /// <summary>A one-sentence description, when the registry gives one.</summary>
    public string? Description { get; }

    /// <summary>Which registry the entity comes from.</summary>
    public abstract EntityType EntityType { get; }

    /// <summary>Every claim whose subject is this entity.</summary>
    public IReadOnlyList<Claim> Claims
    {
        // The owner's claim index fills the list the first time any claim list is read.
        get
        {
            _ = Owner?.ClaimIndex;
            return _claims;
        }

        internal set => _claims = value;
    }

    /// <summary>Every article that mentions this entity.</summary>
    public IReadOnlyList<Article> MentionedIn
    {
        // Needs every article materialised, as the claim index does: it fills this list too.
        get
        {
            _ = Owner?.ClaimIndex;
            return _mentionedIn;
        }

        internal set => _mentionedIn = value;
    }

    /// <summary>The dataset whose claim index fills <see cref="Claims"/> and <see cref="MentionedIn"/>.</summary>
    internal Dataset? Owner { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>An organization: a government, ministry, military command, news outlet, forum...</summary>
public sealed class Organization : Entity
{
    internal Organization(string id, string name, IReadOnlyList<string> aliases, OrganizationKind kind, string? country, string? description)
        : base(id, name, aliases, country, description) => Kind = kind;

    /// <inheritdoc />
    public override EntityType EntityType => EntityType.Organization;

    /// <summary>What kind of organization this is.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>The organization this one is part of.</summary>
    public Organization? Parent { get; internal set; }

    /// <summary>The organizations that are part of this one.</summary>
    public IReadOnlyList<Organization> Children { get; internal set; } = System.Array.Empty<Organization>();

    /// <summary>The organizations this one reports to (its command line).</summary>
    public IReadOnlyList<Organization> ReportsTo { get; internal set; } = System.Array.Empty<Organization>();

    /// <summary>The organizations that report to this one.</summary>
    public IReadOnlyList<Organization> Subordinates { get; internal set; } = System.Array.Empty<Organization>();
}

/// <summary>A role a person holds: "Secretary of State" at the State Department.</summary>
/// <param name="Title">The title as the sources give it.</param>
/// <param name="Organization">The organization, when known.</param>
public sealed record Role(string Title, Organization? Organization);

/// <summary>A person named in the articles.</summary>
public sealed class Person : Entity
{
    internal Person(string id, string name, IReadOnlyList<string> aliases, string? country, string? description)
        : base(id, name, aliases, country, description)
    {
    }

    /// <inheritdoc />
    public override EntityType EntityType => EntityType.Person;

    /// <summary>The roles the person holds in the articles.</summary>
    public IReadOnlyList<Role> Roles { get; internal set; } = System.Array.Empty<Role>();
}

/// <summary>A place: a country, city, region, sea or facility.</summary>
public sealed class Place : Entity
{
    internal Place(string id, string name, IReadOnlyList<string> aliases, PlaceKind kind, string? country, string? description)
        : base(id, name, aliases, country, description) => Kind = kind;

    /// <inheritdoc />
    public override EntityType EntityType => EntityType.Place;

    /// <summary>What kind of place this is.</summary>
    public PlaceKind Kind { get; }

    /// <summary>The place this one lies within.</summary>
    public Place? Within { get; internal set; }
}
