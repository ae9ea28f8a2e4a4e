using System;
using System.Linq;
using AllianceData;
using AllianceData.Query;
using AllianceData.Seeding;

namespace AllianceData.Tests;

/// <summary>The query API over the bundled data, checked against what a reader of the articles finds.</summary>
public class QueryTests
{
    private static readonly Dataset Data = Alliance.Dataset;
    private static Organization Jjoc => Data.Organization("japan-joint-operations-command")!;

    [Fact]
    public void Indexed_lookups_equal_the_linq_scans_for_every_entity_predicate_and_outlet()
    {
        foreach (var entity in Data.Entities)
        {
            Assert.Equal(Data.Claims.Where(c => c.Subject == entity), Data.ClaimsAbout(entity));
        }

        foreach (var predicate in Data.Predicates)
        {
            Assert.Equal(Data.Claims.Where(c => c.Predicate == predicate), Data.ClaimsWith(predicate));
        }

        foreach (var outlet in Data.Organizations)
        {
            var scan = Data.Claims.Where(c => c.Article.Publisher == outlet || c.Attribution?.Source == outlet);
            Assert.Equal(scan, Data.ClaimsBy(outlet));
        }
    }

    [Fact]
    public void Indexed_lookups_return_the_precomputed_list_without_allocating()
    {
        var usfj = Alliance.Organizations.UsForcesJapan;
        Data.ClaimsAbout(usfj);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var first = Data.ClaimsAbout(usfj);
        var second = Data.ClaimsAbout(usfj);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(first, second);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Claims_relayed_from_Kyodo_are_found_by_the_outlet()
    {
        var kyodo = Data.Organization("kyodo-news")!;
        var claims = Data.ClaimsBy(kyodo);

        Assert.Contains(claims, c => c.Article.Id == "000_19445ac61a524e3f" && c.Subject == Alliance.Organizations.UsForcesJapan);
        Assert.Contains(claims, c => c.Article.Id == "001_bfc343b6bf20b901");
    }

    [Fact]
    public void The_joint_force_headquarters_is_a_fact_corroborated_by_two_independent_sources()
    {
        var fact = Assert.Single(Data.Facts, f =>
            f.Subject == Alliance.Organizations.UsForcesJapan && f.Predicate.Id == "restructured-as" &&
            f.Object is TextValue { Text: var text } && text.Equals("joint force headquarters", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(new[] { "002_1de40ac4d20b8b73", "003_1418f6826f52c5a5" }, fact.Articles.Select(a => a.Id));
        Assert.True(fact.IsCorroborated);
        Assert.Equal(2, fact.IndependentSourceCount);
    }

    [Fact]
    public void The_three_star_commander_is_one_fact_from_two_articles()
    {
        var fact = Assert.Single(Data.Facts, f => f.Subject == Alliance.Organizations.UsForcesJapan && f.Predicate.Id == "led-by-rank");

        Assert.Equal(2, fact.Articles.Count);
        Assert.Equal(2, fact.IndependentSourceCount);
    }

    [Fact]
    public void Every_claim_belongs_to_exactly_one_fact()
    {
        var claims = Data.Facts.SelectMany(f => f.Claims).ToList();

        Assert.Equal(Data.Claims.Count, claims.Count);
        Assert.Equal(Data.Claims.ToHashSet(), claims.ToHashSet());
    }

    [Fact]
    public void Claims_relaying_the_same_upstream_source_count_once()
    {
        // Two articles, both quoting Kyodo, and a third with its own reporter: two independent sources.
        var builder = new DatasetBuilder()
            .Add(new OrganizationSeed { Id = "kyodo", Name = "Kyodo", Kind = OrganizationKind.NewsOutlet })
            .Add(new OrganizationSeed { Id = "usfj", Name = "USFJ", Kind = OrganizationKind.MilitaryCommand })
            .Add(new PredicateSeed { Id = "restructured-as", Label = "is restructured as", Description = "d", ObjectKind = ValueKind.Text });
        foreach (var (id, source) in new[] { ("a", "kyodo"), ("b", "kyodo"), ("c", (string?)null) })
        {
            builder.Add(new ArticleSeed
            {
                Id = id,
                FileName = id + ".txt",
                Title = id,
                Text = "USFJ becomes a JFHQ.",
                BodyEnd = 20,
                Published = new PublicationDate(new TimeValue("2024", TimePrecision.Year, new DateTime(2024, 1, 1), new DateTime(2024, 12, 31)), false, null),
                Claims = new[]
                {
                    new ClaimSeed { Id = "c", Subject = "usfj", Predicate = "restructured-as", ObjectValue = new TextValue("JFHQ"), AttributionSource = source, Evidence = new[] { new EvidenceSeed { Quote = "JFHQ", Start = 15, End = 19 } } },
                },
            });
        }

        var fact = Assert.Single(builder.Build().Facts);

        Assert.Equal(3, fact.Claims.Count);
        Assert.Equal(new[] { "kyodo", "article:c" }, fact.Sources.Select(s => s.Key));
    }

    [Fact]
    public void The_launch_date_of_Japans_joint_command_is_a_conflict_that_evolved()
    {
        var conflict = Assert.Single(Data.Conflicts, c => c.Subject == Jjoc && c.Predicate.Id == "launch-date");

        Assert.Equal(3, conflict.Claims.Count);
        var pair = Assert.Single(conflict.Pairs);
        Assert.Equal("000_19445ac61a524e3f", pair.Earlier.Article.Id); // "at the end of 2024", March 2024
        Assert.Equal("004_538d84961c184b99", pair.Later.Article.Id);   // "early next year", July 2024
        Assert.Equal(ConflictKind.Evolution, pair.Kind);
        Assert.Contains("end of 2024", conflict.Explanation);
        Assert.Contains("early next year", conflict.Explanation);
        Assert.Contains("plan changed", conflict.Explanation);
    }

    [Fact]
    public void Compatible_values_of_a_single_valued_predicate_are_no_conflict()
    {
        // Both articles give the commander's rank as "three-star general".
        Assert.DoesNotContain(Data.Conflicts, c => c.Predicate.Id == "led-by-rank");
        Assert.All(Data.Conflicts, c => Assert.True(c.Predicate.IsSingleValued));
    }

    [Fact]
    public void The_timeline_orders_dated_claims_by_the_time_they_refer_to()
    {
        var timeline = Data.Timeline;

        Assert.NotEmpty(timeline);
        Assert.True(timeline.Zip(timeline.Skip(1), (a, b) => a.Time.Anchor <= b.Time.Anchor).All(ordered => ordered));
        var byMarch2025 = timeline.Single(e => e.Time.Expression == "by March 2025");
        Assert.DoesNotContain(timeline.SkipWhile(e => e != byMarch2025), e => e.Time.Date == "2024-07-28"); // a deadline sits at its date, not at its interval's start
        Assert.Equal(1960, timeline[0].Time.Start.Year); // the Security Treaty
        Assert.Contains(timeline, e => e.Claim.Predicate.Id == "meeting-date" && e.Time.Date == "2024-07-28" && e.Time.Precision == TimePrecision.Day);
        Assert.Contains(timeline, e => e.Claim.Subject == Jjoc && e.Time.Expression == "early next year");
    }

    [Fact]
    public void The_second_timeline_orders_by_when_it_was_reported()
    {
        var byReporting = Data.TimelineByReporting;

        Assert.Equal(Data.Timeline.Count, byReporting.Count);
        Assert.True(byReporting.Zip(byReporting.Skip(1), (a, b) => a.Reported.Date.Anchor <= b.Reported.Date.Anchor).All(ordered => ordered));
        Assert.Equal("2024-03", byReporting[0].Reported.Date.Date);
    }

    [Fact]
    public void The_command_graph_answers_both_ways_before_and_after_the_reform()
    {
        var graph = Data.CommandGraph;
        var usfj = Alliance.Organizations.UsForcesJapan;
        var indopacom = Data.Organization("us-indo-pacific-command")!;

        // After the reform (announced at the 2+2): the joint force HQ reports to INDOPACOM and commands the services in Japan.
        Assert.Contains(graph.EdgesFrom(usfj), e => e.Relation == OrganizationRelation.ReportsTo && e.To == indopacom && e.Stage == RelationStage.Planned);
        Assert.Contains(graph.EdgesFrom(usfj), e => e.Relation == OrganizationRelation.Commands && e.To.Id == "us-army" && e.Stage == RelationStage.Planned);
        Assert.Contains(graph.EdgesFrom(usfj), e => e.Relation == OrganizationRelation.CoordinatesWith && e.To == Jjoc);

        // Before it: the 7th Fleet is controlled from Hawaii.
        Assert.Contains(graph.EdgesTo(indopacom), e => e.From.Id == "us-seventh-fleet" && e.Relation == OrganizationRelation.ReportsTo && e.Stage == RelationStage.Standing);
        Assert.Contains(usfj, indopacom.Subordinates);
        Assert.All(graph.Edges, e => Assert.Contains(e, graph.EdgesFrom(e.From)));
        Assert.All(graph.Edges, e => Assert.Contains(e, graph.EdgesTo(e.To)));
    }

    [Theory]
    [InlineData(100, QuantityBound.Exact, 100, QuantityBound.Exact, true)]
    [InlineData(100, QuantityBound.Exact, 101, QuantityBound.Exact, false)]
    [InlineData(50000, QuantityBound.Approximate, 54000, QuantityBound.Exact, true)]
    [InlineData(50000, QuantityBound.Approximate, 56000, QuantityBound.Exact, false)]
    [InlineData(200, QuantityBound.AtLeast, 400, QuantityBound.Exact, true)]
    [InlineData(200, QuantityBound.AtLeast, 100, QuantityBound.AtMost, false)]
    public void Quantities_are_compatible_within_their_stated_precision(double a, QuantityBound boundA, double b, QuantityBound boundB, bool compatible)
    {
        var first = new QuantityValue(a, QuantityUnit.Person, boundA);
        var second = new QuantityValue(b, QuantityUnit.Person, boundB);

        Assert.Equal(compatible, ValueCompatibility.AreCompatible(first, second));
        Assert.Equal(compatible, ValueCompatibility.AreCompatible(second, first));
    }
}
