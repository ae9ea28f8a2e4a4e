using System;
using System.Linq;
using AllianceData.Seeding;

namespace AllianceData.Tests;

/// <summary>The article payload (docs/emission.md, version 2, and version 1 still read): round trips, and malformed payloads rejected.</summary>
public class ArticlePayloadTests
{
    // Every character the format or a careless reader could trip on: its own delimiters, digits right
    // after a length, line breaks, non-ASCII, a surrogate pair, a lone surrogate and a NUL.
    private const string Awkward = "12:3; ~a:b;~ 4:\r\n\t\"\\ Tōkyō 東京 \U0001D11E😀 \uD800 \0 end";

    private static ArticleSeed Rich() => new()
    {
        Id = "000_" + Awkward,
        FileName = "000.txt",
        Title = Awkward,
        Url = "https://example.com/a?b=1;c=2~",
        Publisher = "kyodo-news",
        PublisherNote = "",
        Cites = new[] { "financial-times", "", Awkward },
        Published = new PublicationDate(new TimeValue("2024-07", TimePrecision.Month, new DateTime(2024, 7, 1), new DateTime(2024, 7, 31), "in July"), true, Awkward),
        Text = Awkward + "\n" + new string('x', 10_000),
        BodyStart = 0,
        BodyEnd = int.MaxValue,
        Mentions = new[] { "us-forces-japan", "japan" },
        Claims = new[]
        {
            new ClaimSeed
            {
                Id = "c1", Subject = "us-forces-japan", Predicate = "reports-to", ObjectEntity = "indopacom", Modality = Modality.Planned,
                AttributionSource = "kyodo-news", AttributionVia = "diplomatic sources; unnamed",
                When = new TimeValue("2025", TimePrecision.Year, new DateTime(2025, 1, 1), new DateTime(2025, 12, 31)),
                Where = "tokyo", Note = Awkward,
                Evidence = new[]
                {
                    new EvidenceSeed { Quote = Awkward, Start = 0, End = Awkward.Length, Prefix = "~", Suffix = ":", Occurrence = 2 },
                    new EvidenceSeed { Quote = "", Start = 0, End = 0, Prefix = null, Suffix = null, Occurrence = null },
                },
            },
            new ClaimSeed
            {
                Id = "c2", Subject = "s", Predicate = "launch-date", Modality = Modality.Announced,
                ObjectValue = new TimeValue("2024-12-31", TimePrecision.Day, new DateTime(1, 1, 1), new DateTime(9999, 12, 31), Awkward),
                Evidence = new[] { new EvidenceSeed { Quote = "2", Start = 1, End = 2, Occurrence = 0 } },
            },
            Quantity("c3", new QuantityValue(50_000, QuantityUnit.Person, QuantityBound.Approximate, "troops", "about 50,000")),
            Quantity("c4", new QuantityValue(-0.1, QuantityUnit.USD, QuantityBound.AtLeast, null, null)),
            Quantity("c5", new QuantityValue(double.Epsilon, QuantityUnit.Percent, QuantityBound.AtMost, Awkward, "")),
            Quantity("c6", new QuantityValue(1.7976931348623157E+308, QuantityUnit.JPY)),
            Quantity("c7", new QuantityValue(double.NaN, QuantityUnit.Count)),
            Quantity("c8", new QuantityValue(double.NegativeInfinity, QuantityUnit.Km)),
            new ClaimSeed { Id = "c9", Subject = "s", Predicate = "p", ObjectValue = new TextValue(Awkward), Modality = Modality.Confirmed },
            new ClaimSeed { Id = Awkward, Subject = Awkward, Predicate = Awkward, ObjectValue = new TextValue(""), Modality = Modality.Asserted },
        },
    };

    private static ClaimSeed Quantity(string id, QuantityValue value) => new()
    {
        Id = id, Subject = "s", Predicate = "p", ObjectValue = value, Modality = Modality.Reported,
        Evidence = new[] { new EvidenceSeed { Quote = "3", Start = 3, End = 4 } },
    };

    private static ArticleSeed Minimal() => new()
    {
        Id = "",
        FileName = "",
        Title = "",
        Published = new PublicationDate(new TimeValue("2024", TimePrecision.Year, new DateTime(2024, 1, 1), new DateTime(2024, 12, 31)), false, null),
        Text = "",
    };

    [Fact]
    public void A_seed_with_every_field_and_value_kind_round_trips()
    {
        var seed = Rich();
        var payload = ArticlePayload.Write(seed);

        Assert.StartsWith("A2|", payload, StringComparison.Ordinal);
        SeedAssert.Equal(seed, ArticlePayload.Read(payload));
        Assert.Equal(payload, ArticlePayload.Write(ArticlePayload.Read(payload)));
    }

    [Fact]
    public void A_seed_of_nulls_empty_strings_and_empty_arrays_round_trips()
    {
        var seed = Minimal();
        var payload = ArticlePayload.Write(seed);

        Assert.Equal("A2|0:0:0:0;~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~0:0;0;0;0;", payload);
        SeedAssert.Equal(seed, ArticlePayload.Read(payload));
    }

    [Fact]
    public void The_payload_is_the_documented_format()
    {
        var seed = Minimal();
        seed.Id = "a";
        seed.Cites = new[] { "abc", "de" };
        seed.Text = "Say hello";
        seed.Claims = new[]
        {
            new ClaimSeed
            {
                Id = "c", Subject = "s", Predicate = "abc", ObjectValue = new QuantityValue(2.5, QuantityUnit.Km, QuantityBound.AtLeast), Modality = Modality.Reported,
                Evidence = new[] { new EvidenceSeed { Quote = "hello", Start = 4, End = 9, Occurrence = 1 } },
            },
        };

        // The table of registry IDs (abc, de, s: first use order), references as indexes into it,
        // and the evidence as offsets into the text, without the quote.
        Assert.Equal(
            "A2|1:a0:0:3;3:abc2:de1:s~~~2;0;1;4:20244:Year10:2024-01-0110:2024-12-31~0~9:Say hello0;0;0;1;"
            + "1:c2;0;q2.5;2:Km7:AtLeast~~8:Reported~~~~~1;4;9;~~1;",
            ArticlePayload.Write(seed));
    }

    [Fact]
    public void A_version_1_payload_from_an_earlier_release_reads_as_the_same_seed()
    {
        // Version 1 wrote registry IDs in place and each quote in full.
        const string version1 = "A1|1:a0:0:~~~2;3:abc2:de4:20244:Year10:2024-01-0110:2024-12-31~0~9:Say hello0;0;0;1;"
            + "1:c1:s3:abcq2.5;2:Km7:AtLeast~~8:Reported~~~~~1;5:hello4;9;~~1;";

        var seed = ArticlePayload.Read(version1);

        Assert.Equal(new[] { "abc", "de" }, seed.Cites);
        var claim = Assert.Single(seed.Claims);
        Assert.Equal(("s", "abc"), (claim.Subject, claim.Predicate));
        Assert.Equal(("hello", 4, 9), (claim.Evidence[0].Quote, claim.Evidence[0].Start, claim.Evidence[0].End));
        SeedAssert.Equal(seed, ArticlePayload.Read(ArticlePayload.Write(seed)));
    }

    // "Headline\nTōkyō 東京 😀 says so.\n" after a UTF-8 byte order mark: 30 UTF-16 code units.
    private const string EmbeddedPayload = "A2|1:a0:0:0;~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~@23:Tests/embedded-text.txt30;0;0;0;0;";

    [Fact]
    public void An_embedded_text_is_read_from_the_assembly_as_the_generator_read_it()
    {
        var seed = ArticlePayload.Read(EmbeddedPayload, typeof(ArticlePayloadTests).Assembly);

        Assert.Equal("Headline\nTōkyō 東京 😀 says so.\n", seed.Text); // the byte order mark is not text, as for the compiler
    }

    [Fact]
    public void An_embedded_text_that_is_missing_or_not_the_one_generated_from_is_an_error_naming_it()
    {
        var assembly = typeof(ArticlePayloadTests).Assembly;

        var missing = Assert.Throws<InvalidOperationException>(() => ArticlePayload.Read(EmbeddedPayload.Replace("23:Tests/embedded-text.txt", "23:Tests/embedded-text.TXT"), assembly));
        Assert.Contains("'Tests/embedded-text.TXT'", missing.Message, StringComparison.Ordinal);
        var changed = Assert.Throws<FormatException>(() => ArticlePayload.Read(EmbeddedPayload.Replace(".txt30;", ".txt29;"), assembly));
        Assert.Contains("has 30 characters where the generator read 29", changed.Message, StringComparison.Ordinal);
        var noAssembly = Assert.Throws<FormatException>(() => ArticlePayload.Read(EmbeddedPayload));
        Assert.Contains("no assembly to read it from", noAssembly.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ArticlePayload.Read(EmbeddedPayload, null!));
    }

    [Fact]
    public void Every_bundled_article_round_trips_through_its_payload()
    {
        foreach (var article in Alliance.Dataset.Articles)
        {
            var seed = ModelSeeds.Article(article);
            SeedAssert.Equal(seed, ArticlePayload.Read(ArticlePayload.Write(seed)));
        }
    }

    [Fact]
    public void Every_proper_prefix_of_a_payload_is_rejected_as_malformed()
    {
        var seed = Rich();
        seed.Text = Awkward; // Keeps the payload short: every prefix is decoded.
        var payload = ArticlePayload.Write(seed);

        for (var length = 0; length < payload.Length; length++)
        {
            Assert.Throws<FormatException>(() => ArticlePayload.Read(payload.Substring(0, length)));
        }
    }

    [Theory]
    [InlineData("", "offset 0")]
    [InlineData("A3|1:a", "not an article payload")]
    [InlineData("a1|1:a", "not an article payload")]
    [InlineData("A1", "not an article payload")]
    [InlineData("A2|1:a0:0:1;1:s~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~0:0;0;1;1;", "not an index of the article's 1 registry IDs")]
    [InlineData("A2|1:a0:0:0;~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~0:0;0;0;1;1:c0;", "not an index of the article's 0 registry IDs")]
    [InlineData("A2|1:a0:0:2;1:s1:p~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~2:ab0;0;0;1;1:c0;1;x0:8:Reported~~~~~1;1;3;~~~", "do not lie within the article's 2 characters")]
    [InlineData("A2|1:a0:0:2;1:s1:p~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~2:ab0;0;0;1;1:c0;1;x0:8:Reported~~~~~1;2;1;~~~", "do not lie within")]
    [InlineData("A1|9:abc", "runs past the end")]
    [InlineData("A1|2147483648:a", "out of range")]
    [InlineData("A1|-1:a", "string length")]
    [InlineData("A1|:a", "string length")]
    [InlineData("A1|1:a0:0:~~~99;", "count 99")]
    [InlineData("A1|1:a0:0:~~~-1;", "count -1")]
    [InlineData("A1|1:a0:0:~~~0;4:20245:month10:2024-01-0110:2024-12-31~0~0:0;0;0;0;", "not a TimePrecision member")]
    [InlineData("A1|1:a0:0:~~~0;4:20244:Year10:2024-02-3010:2024-12-31~0~0:0;0;0;0;", "not a yyyy-MM-dd date")]
    [InlineData("A1|1:a0:0:~~~0;4:20244:Year10:2024/01/0110:2024-12-31~0~0:0;0;0;0;", "not a yyyy-MM-dd date")]
    [InlineData("A1|1:a0:0:~~~0;4:20244:Year10:2024-01-0110:2024-12-31~2~0:0;0;0;0;", "'0' or '1'")]
    [InlineData("A1|1:a0:0:~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~0:0;0;0;0;x", "after the last claim")]
    [InlineData("A1|1:a0:0:~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~0:0;1x;0;0;", "an integer")]
    [InlineData("A1|1:a0:0:~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~0:0;2147483648;0;0;", "out of range")]
    [InlineData("A1|1:a0:0:~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~0:0;0;0;1;1:c1:s1:pz", "value tag")]
    [InlineData("A1|1:a0:0:~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~0:0;0;0;1;1:c1:s1:pq1,5;2:Km5:Exact~~8:Reported~~~~~0;", "not a number")]
    [InlineData("A1|1:a0:0:~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~0:0;0;0;1;1:c1:s1:pq 1;2:Km5:Exact~~8:Reported~~~~~0;", "not a number")]
    [InlineData("A1|1:a0:0:~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~0:0;0;0;1;1:c1:s1:px0:8:Reported~~x~~0;", "optional time")]
    [InlineData("A1|1:a0:0:~~~0;4:20244:Year10:2024-01-0110:2024-12-31~0~0:0;0;0;1;1:c1:s1:px0:7:Claimed~~~~~0;", "not a Modality member")]
    public void A_malformed_payload_throws_a_format_exception_naming_the_problem(string payload, string problem)
    {
        var error = Assert.Throws<FormatException>(() => ArticlePayload.Read(payload));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("at offset ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_names_the_article_once_its_id_is_read_and_the_offset_of_the_fault()
    {
        var error = Assert.Throws<FormatException>(() => ArticlePayload.Read("A1|5:a-b:c0:0:~~~0;4:20244:Yeer"));

        Assert.Equal("Malformed article payload of article 'a-b:c' at offset 25: 'Yeer' is not a TimePrecision member.", error.Message);
    }

    [Fact]
    public void Writing_a_seed_the_format_cannot_hold_throws_an_argument_exception()
    {
        var noObject = Minimal();
        noObject.Claims = new[] { new ClaimSeed { Id = "c", Subject = "s", Predicate = "p" } };
        var nullTitle = Minimal();
        nullTitle.Title = null!;
        var nullCites = Minimal();
        nullCites.Cites = null!;
        var timeOfDay = Minimal();
        timeOfDay.Published = new PublicationDate(new TimeValue("2024", TimePrecision.Year, new DateTime(2024, 1, 1, 12, 0, 0), new DateTime(2024, 12, 31)), false, null);
        var unnamedEnum = Minimal();
        unnamedEnum.Claims = new[] { new ClaimSeed { Id = "c", Subject = "s", Predicate = "p", ObjectValue = new TextValue("t"), Modality = (Modality)99 } };

        var quoteElsewhere = Minimal();
        quoteElsewhere.Text = "abc";
        quoteElsewhere.Claims = new[] { new ClaimSeed { Id = "c", Subject = "s", Predicate = "p", ObjectValue = new TextValue("t"), Evidence = new[] { new EvidenceSeed { Quote = "b", Start = 0, End = 1 } } } };
        var quotePastTheText = Minimal();
        quotePastTheText.Claims = new[] { new ClaimSeed { Id = "c", Subject = "s", Predicate = "p", ObjectValue = new TextValue("t"), Evidence = new[] { new EvidenceSeed { Quote = "b", Start = 0, End = 1 } } } };

        foreach (var seed in new[] { noObject, nullTitle, nullCites, timeOfDay, unnamedEnum, quoteElsewhere, quotePastTheText })
        {
            Assert.Throws<ArgumentException>(() => ArticlePayload.Write(seed));
        }

        Assert.Throws<ArgumentNullException>(() => ArticlePayload.Write(null!));
        Assert.Throws<ArgumentNullException>(() => ArticlePayload.Read(null!));
    }

    [Fact]
    public void An_entity_object_is_written_by_id_and_wins_over_a_value_as_in_the_builder()
    {
        var seed = Minimal();
        seed.Claims = new[] { new ClaimSeed { Id = "c", Subject = "s", Predicate = "p", ObjectEntity = "e", ObjectValue = new TextValue("ignored") } };

        var claim = ArticlePayload.Read(ArticlePayload.Write(seed)).Claims.Single();

        Assert.Equal("e", claim.ObjectEntity);
        Assert.Null(claim.ObjectValue);
    }

    /// <summary>Pairs in code, not in attributes: attribute strings are stored as UTF-8, which would replace the lone surrogates.</summary>
    [Fact]
    public void Unescape_restores_what_a_utf8_literal_cannot_hold()
    {
        var cases = new (string Transport, string Payload)[]
        {
            ("plain text", "plain text"),
            ("a\uf8ff\ue000b", "a\ud800b"),
            ("\uf8ff\ue7ff", "\udfff"),
            ("\uf8ff\uf8ff", "\uf8ff"),
            ("x\uf8ff\uf8ff\uf8ff\ue3ffy", "x\uf8ff\udbffy"),
        };
        foreach (var (transport, payload) in cases)
        {
            Assert.Equal(payload, ArticlePayload.Unescape(transport));
        }
    }

    [Theory]
    [InlineData("cut short \uf8ff")]
    [InlineData("\uf8ffA")]
    [InlineData("\uf8ff\ue800")]
    public void Unescape_rejects_a_broken_escape(string transport) =>
        Assert.Throws<FormatException>(() => ArticlePayload.Unescape(transport));

    [Fact]
    public void A_registry_payload_builds_the_registries_and_loads_articles_by_index_on_first_read()
    {
        const string registries = "R1|1;3:org6:An Org0;10:NewsOutlet2:JP~0;~0;0;1;4:says4:says5:Says.4:Text00;";
        var loads = 0;
        var dataset = DatasetPayload.Build(registries, _ => { loads++; throw new InvalidOperationException("no article"); });

        var org = Assert.Single(dataset.Organizations);
        Assert.Equal(("org", "An Org", OrganizationKind.NewsOutlet, "JP"), (org.Id, org.Name, org.Kind, org.Country));
        Assert.Equal("says", Assert.Single(dataset.Predicates).Id);
        Assert.Empty(dataset.Articles);
        Assert.Equal(0, loads);
    }

    [Theory]
    [InlineData("A1|0;0;0;0;0;")]
    [InlineData("R1|1;3:org")]
    [InlineData("R1|0;0;0;0;0;trailing")]
    [InlineData("R1|0;0;0;1;4:says4:says5:Says.7:Nothing00;")]
    public void A_malformed_registry_payload_throws_FormatException(string registries) =>
        Assert.Throws<FormatException>(() => DatasetPayload.Build(registries, _ => throw new InvalidOperationException()));
}
