using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AllianceData.Corpus;

/// <summary>
/// Builds a deterministic synthetic corpus: registries sized with the article count (N/2
/// organizations, N/4 people, N/8 places, 40 predicates of which 10 single-valued) and N articles of
/// about 20 claims each, every claim with evidence quotes that occur in the body exactly once or are
/// disambiguated with a prefix or an occurrence. The same options always give the same corpus.
/// </summary>
/// <remarks>
/// Constraints that keep the corpus free of diagnostics: every entity is the subject of a claim in its
/// "home" article (no ALD0021); registry links only point to earlier entries (no ALD0022); and a
/// single-valued predicate's value is a function of subject, predicate and publication month, so
/// articles published at overlapping times always agree (no ALD0023), while later months may differ
/// (the runtime's Conflicts then reports an evolution).
/// </remarks>
public sealed class CorpusBuilder
{
    private const int PredicateCount = 40;

    private readonly CorpusOptions _options;
    private readonly Random _random;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<string> _countries = new();
    private readonly List<SyntheticOrganization> _organizations = new();
    private readonly List<SyntheticPerson> _people = new();
    private readonly List<SyntheticPlace> _places = new();
    private readonly Dictionary<string, string[]> _surfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, char> _kinds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _outletSet = new(StringComparer.Ordinal);
    private List<string> _outlets = new();

    private CorpusBuilder(CorpusOptions options)
    {
        _options = options;
        _random = new Random(options.Seed);
    }

    /// <summary>Builds the corpus for <paramref name="options"/>.</summary>
    public static SyntheticCorpus Build(CorpusOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (options.Articles < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "A corpus needs at least one article.");
        }

        return new CorpusBuilder(options).Run();
    }

    /// <summary>Builds a corpus of <paramref name="articles"/> articles with the default seed.</summary>
    public static SyntheticCorpus Build(int articles, int seed = CorpusOptions.DefaultSeed) =>
        Build(new CorpusOptions { Articles = articles, Seed = seed });

    private SyntheticCorpus Run()
    {
        var n = _options.Articles;
        BuildCountries(Math.Clamp(n / 40, 4, 400));
        BuildOrganizations(Math.Max(n / 2, _countries.Count + 10));
        BuildPeople(Math.Max(n / 4, 4));
        BuildPlaces(Math.Max(n / 8, 6));
        var predicates = PredicateTemplate.All.Select(p => p.Predicate).ToList();

        var entities = _organizations.Select(o => o.Id).Concat(_people.Select(p => p.Id)).Concat(_places.Select(p => p.Id)).ToList();
        var homes = new List<string>[n];
        for (var i = 0; i < n; i++)
        {
            homes[i] = new List<string>();
        }

        for (var i = 0; i < entities.Count; i++)
        {
            homes[i % n].Add(entities[i]);
        }

        var articles = new List<SyntheticArticle>(n);
        for (var i = 0; i < n; i++)
        {
            articles.Add(new ArticleComposer(this, i, homes[i]).Compose());
        }

        return new SyntheticCorpus(_options, _organizations, _people, _places, predicates, articles);
    }

    // ---- registries -------------------------------------------------------------------------

    private void BuildCountries(int count)
    {
        while (_countries.Count < count)
        {
            var name = Capitalize(SyllableName(2 + _random.Next(2)) + Pick(Words.CountrySuffixes));
            if (!_countries.Contains(name))
            {
                _countries.Add(name);
            }
        }
    }

    private void BuildOrganizations(int count)
    {
        // Governments first (one per country), then the outlets, then everything else; every link
        // (parent, reportsTo) points to an earlier organization, so the registry has no cycles.
        foreach (var country in _countries)
        {
            AddOrganization(country, "government", country, null, Array.Empty<string>(), $"The government of {country}.", country + " government");
        }

        var outletCount = Math.Max(3, count / 12);
        while (_organizations.Count < _countries.Count + outletCount)
        {
            var country = Pick(_countries);
            var name = _random.Next(3) == 0 ? $"{country} News Agency" : $"The {Capitalize(SyllableName(2))} {Pick(Words.Papers)}";
            AddOrganization(name, "news-outlet", country, null, Array.Empty<string>(), $"A news outlet based in {country}.");
        }

        _outlets = _organizations.Where(o => o.Kind == "news-outlet").Select(o => o.Id).ToList();
        _outletSet.UnionWith(_outlets);
        var attempts = 0;
        while (_organizations.Count < count)
        {
            var country = Pick(_countries);
            var government = Slug(country);
            var byKind = _organizations.Where(o => o.Country == CountryCode(country)).ToList();
            string? parent = null;
            var reportsTo = Array.Empty<string>();
            string name, kind;
            switch (_random.Next(10))
            {
                case 0:
                    (name, kind, parent) = ($"{country} Ministry of {Pick(Words.Ministries)}", "ministry", government);
                    break;
                case 1:
                    (name, kind) = ($"{country} {Pick(Words.Agencies)}", "agency");
                    parent = byKind.Where(o => o.Kind == "ministry").Select(o => o.Id).LastOrDefault() ?? government;
                    break;
                case 2:
                    (name, kind, parent) = ($"{country} {Pick(Words.Branches)}", "armed-forces", government);
                    break;
                case 3:
                case 4:
                    (name, kind) = ($"{country} {Pick(Words.Regions)} {Pick(Words.Commands)}", "military-command");
                    var superior = byKind.Where(o => o.Kind is "armed-forces" or "military-command").Select(o => o.Id).LastOrDefault();
                    reportsTo = superior is null ? Array.Empty<string>() : new[] { superior };
                    break;
                case 5:
                    (name, kind) = ($"{country} {Pick(Words.Ordinals)} {Pick(Words.UnitTypes)}", "military-unit");
                    parent = byKind.Where(o => o.Kind is "military-command" or "armed-forces").Select(o => o.Id).LastOrDefault();
                    break;
                case 6:
                    (name, kind) = ($"{(_random.Next(2) == 0 ? country + " " : string.Empty)}{Pick(Words.TankAdjectives)} Institute for {Pick(Words.TankTopics)} Studies", "think-tank");
                    break;
                case 7:
                    var other = Pick(_countries);
                    (name, kind) = ($"{country}-{other} {Pick(Words.Forums)}", "alliance-forum");
                    break;
                case 8:
                    (name, kind) = ($"{country} {Pick(Words.Legislatures)}", "legislature");
                    break;
                default:
                    (name, kind) = ($"{Pick(Words.LastNames)} {Pick(Words.Industries)}", "company");
                    break;
            }

            if (_names.Contains(name) || _ids.Contains(Slug(name)))
            {
                if (++attempts > 50)
                {
                    name = $"{name} {Roman(_organizations.Count)}";
                    attempts = 0;
                }
                else
                {
                    continue;
                }
            }

            AddOrganization(name, kind, country, parent, reportsTo, kind is "company" or "think-tank" ? null : $"{Describe(kind)} of {country}.");
        }
    }

    private void AddOrganization(string name, string kind, string country, string? parent, string[] reportsTo, string? description, string? extraAlias = null)
    {
        var id = Slug(name);
        if (!_ids.Add(id) || !_names.Add(name))
        {
            return;
        }

        var aliases = new List<string>();
        var acronym = Acronym(name);
        if (acronym.Length >= 3 && _names.Add(acronym))
        {
            aliases.Add(acronym);
        }

        if (extraAlias is not null && _names.Add(extraAlias))
        {
            aliases.Add(extraAlias);
        }

        _organizations.Add(new SyntheticOrganization(id, name, aliases, kind, CountryCode(country), parent, reportsTo, description));
        Register(id, 'o', name, aliases);
    }

    private void BuildPeople(int count)
    {
        var attempts = 0;
        while (_people.Count < count)
        {
            var first = Pick(Words.FirstNames);
            var last = Pick(Words.LastNames);
            var name = attempts++ < 20 ? $"{first} {last}" : $"{first} {(char)('A' + _random.Next(26))}. {last}";
            var id = Slug(name);
            if (_names.Contains(name) || _ids.Contains(id))
            {
                continue;
            }

            attempts = 0;
            _ids.Add(id);
            _names.Add(name);
            var organization = _organizations[_random.Next(_organizations.Count)];
            var title = RoleTitle(organization.Kind);
            var aliases = new List<string>();
            var honorific = (_random.Next(2) == 0 ? "Mr. " : "Ms. ") + last;
            if (_names.Add(honorific))
            {
                aliases.Add(honorific);
            }

            _people.Add(new SyntheticPerson(id, name, aliases, organization.Country, new[] { new SyntheticRole(title, organization.Id) }, $"{title}, {organization.Name}."));
            Register(id, 'p', name, aliases);
        }
    }

    private void BuildPlaces(int count)
    {
        // Countries (as territory), then regions within them, cities within regions, facilities
        // and bodies of water; "within" always points to an earlier place.
        var countryPlaces = Math.Min(_countries.Count, Math.Max(1, count / 5));
        for (var i = 0; i < countryPlaces; i++)
        {
            AddPlace($"{_countries[i]} (territory)", "country", _countries[i], null, $"{_countries[i]} as a place, as opposed to its government.", _countries[i] + "n territory");
        }

        var attempts = 0;
        while (_places.Count < count)
        {
            var roll = _random.Next(10);
            var host = _places[_random.Next(_places.Count)];
            var country = _countries.FirstOrDefault(c => CountryCode(c) == host.Country) ?? Pick(_countries);
            var stem = Capitalize(SyllableName(2 + _random.Next(2)));
            var (name, kind, within) = roll switch
            {
                < 3 => ($"{stem} Province", "region", host.Kind == "country" ? host.Id : null),
                < 7 => (stem, "city", host.Kind is "region" or "country" ? host.Id : null),
                < 9 => ($"{stem} Air Base", "facility", host.Kind == "city" ? host.Id : null),
                _ => ($"{stem} Strait", "body-of-water", (string?)null),
            };
            if (_names.Contains(name) || _ids.Contains(Slug(name)))
            {
                if (++attempts > 50)
                {
                    name += " " + Roman(_places.Count);
                    attempts = 0;
                }
                else
                {
                    continue;
                }
            }

            AddPlace(name, kind, country, within, kind == "facility" ? $"A military airfield in {country}." : null, null);
        }
    }

    private void AddPlace(string name, string kind, string country, string? within, string? description, string? alias)
    {
        var id = Slug(name);
        if (!_ids.Add(id) || !_names.Add(name))
        {
            return;
        }

        var aliases = alias is not null && _names.Add(alias) ? new[] { alias } : Array.Empty<string>();
        _places.Add(new SyntheticPlace(id, name, aliases, kind, CountryCode(country), within, description));
        Register(id, 'l', name, aliases);
    }

    private void Register(string id, char kind, string name, IReadOnlyList<string> aliases)
    {
        _surfaces[id] = new[] { name }.Concat(aliases).ToArray();
        _kinds[id] = kind;
    }

    // ---- helpers shared with the article composer ------------------------------------------

    internal Random Random => _random;

    internal CorpusOptions Options => _options;

    internal IReadOnlyList<string> Outlets => _outlets;

    internal IReadOnlyList<SyntheticOrganization> Organizations => _organizations;

    internal IReadOnlyList<SyntheticPerson> People => _people;

    internal IReadOnlyList<SyntheticPlace> Places => _places;

    internal IReadOnlyList<string> Countries => _countries;

    internal char KindOf(string id) => _kinds[id];

    internal bool IsOutlet(string id) => _outletSet.Contains(id);

    /// <summary>How the text names an entity: mostly by name, sometimes by an alias.</summary>
    internal string Surface(string id, Random random)
    {
        var surfaces = _surfaces[id];
        return surfaces.Length > 1 && random.Next(4) == 0 ? surfaces[1 + random.Next(surfaces.Length - 1)] : surfaces[0];
    }

    internal string Name(string id) => _surfaces[id][0];

    internal T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string SyllableName(int syllables)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            builder.Append(Pick(Words.Syllables));
        }

        return builder.ToString();
    }

    internal static string Capitalize(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value.Substring(1);

    internal static string CountryCode(string country) => country.Substring(0, 2).ToUpperInvariant();

    /// <summary>"Veloria 3rd Air Wing" → "veloria-3rd-air-wing".</summary>
    internal static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static string Acronym(string name) =>
        new(name.Split(' ', '-').Where(w => w.Length > 2 && char.IsUpper(w[0])).Select(w => w[0]).ToArray());

    private static string Roman(int value) => "No. " + value.ToString(CultureInfo.InvariantCulture);

    private static string Describe(string kind) => kind switch
    {
        "ministry" => "A ministry",
        "agency" => "A government agency",
        "armed-forces" => "A branch of the armed forces",
        "military-command" => "A military command",
        "military-unit" => "A military unit",
        "alliance-forum" => "A bilateral forum",
        "legislature" => "The legislature",
        _ => "An organization",
    };

    private string RoleTitle(string kind) => kind switch
    {
        "government" => Pick(new[] { "Prime Minister", "President", "Foreign Minister", "Chief Cabinet Secretary" }),
        "ministry" => Pick(new[] { "Minister", "Deputy Minister", "Spokesperson" }),
        "agency" => "Director",
        "armed-forces" => "Chief of Staff",
        "military-command" => Pick(new[] { "Commander", "Deputy Commander" }),
        "military-unit" => "Commanding Officer",
        "news-outlet" => Pick(new[] { "Correspondent", "Editor" }),
        "think-tank" => "Senior Fellow",
        "legislature" => "Member",
        "company" => "Chief Executive",
        _ => "Co-chair",
    };
}

/// <summary>What to build: how many articles, from which seed.</summary>
public sealed class CorpusOptions
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 20240728;

    /// <summary>The number of articles (N); registries are sized from it.</summary>
    public int Articles { get; init; } = 100;

    /// <summary>The seed of the random generator: the same seed gives the same corpus, byte for byte.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>The average number of claims per article (each article has this ±4).</summary>
    public int ClaimsPerArticle { get; init; } = 20;
}
