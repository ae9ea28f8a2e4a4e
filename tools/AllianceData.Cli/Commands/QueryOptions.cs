using System.CommandLine;
using AllianceData.Cli.Querying;
using AllianceData.Cli.Seeds;

namespace AllianceData.Cli.Commands;

/// <summary>The options every query command shares: where the data comes from, the filters, and --json.</summary>
internal sealed class QueryOptions
{
    public Option<string?> Seeds { get; } = CommandLineApp.SeedsOption();

    public Option<string?> About { get; } = new("--about")
    {
        Description = "Only claims whose subject is this entity: an ID (us-forces-japan), a name or an alias (USFJ).",
        HelpName = "entity",
    };

    public Option<string?> Source { get; } = new("--source")
    {
        Description = "Only claims of this article (its ID), or published by or attributed to this outlet, person or government (ID, name or alias).",
        HelpName = "source",
    };

    public Option<string?> Predicate { get; } = new("--predicate")
    {
        Description = "Only claims with this predicate ID (launch-date, reports-to...).",
        HelpName = "id",
    };

    public Option<DateBound?> From { get; } = CommandLineApp.DateOption("--from", "Only claims whose time ends on or after this date (see 'Dates' in docs/cli.md).");

    public Option<DateBound?> To { get; } = CommandLineApp.DateOption("--to", "Only claims whose time starts on or before the end of this date.");

    public Option<bool> Json { get; } = new("--json") { Description = "Print JSON (camelCase, fixed field order) instead of a table." };

    public void AddTo(Command command)
    {
        command.Add(Seeds);
        command.Add(About);
        command.Add(Source);
        command.Add(Predicate);
        command.Add(From);
        command.Add(To);
        command.Add(Json);
    }

    /// <summary>Loads the dataset and resolves the filters against it.</summary>
    public (Dataset Dataset, ClaimFilter Filter) Resolve(CliContext context, ParseResult parse)
    {
        var dataset = DatasetLoader.Load(context, parse.GetValue(Seeds));
        var source = parse.GetValue(Source) is { } sourceText ? EntityResolver.Source(dataset, sourceText, "--source") : (null, null);
        var filter = new ClaimFilter
        {
            About = parse.GetValue(About) is { } about ? EntityResolver.Entity(dataset, about, "--about") : null,
            SourceArticle = source.Article,
            SourceEntity = source.Entity,
            Predicate = parse.GetValue(Predicate) is { } predicate ? EntityResolver.Predicate(dataset, predicate, "--predicate") : null,
            From = parse.GetValue(From),
            To = parse.GetValue(To),
        };
        filter.Validate();
        return (dataset, filter);
    }
}
