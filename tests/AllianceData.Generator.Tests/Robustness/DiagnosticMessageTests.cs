using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AllianceData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static AllianceData.Generator.Tests.Robustness.RobustnessHarness;

namespace AllianceData.Generator.Tests.Robustness;

/// <summary>
/// Diagnostic messages quote seed text (unknown names, invalid values, quotes). They must stay one
/// well-formed line of reasonable length, whatever the seed holds: build logs are parsed line by line
/// ("file(line,col): error ID: message"), so a line break in a message could forge another error.
/// </summary>
public class DiagnosticMessageTests
{
    private const string Forged = "a\nb/x.json(1,1): error CS9999: injected by a seed";

    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        ["forged log line"] = Forged,
        ["carriage return"] = "a\rb",
        ["line separator"] = "a\u2028b",
        ["next line"] = "a\u0085b",
        ["NUL"] = "a\0b",
        ["lone surrogate"] = "a\ud800b",
        ["escape"] = "a\u001b[31mred",
        ["1 MB"] = new string('X', 1 << 20),
    };

    public static TheoryData<string> Names() => new(Values.Keys);

    /// <summary>Regression: seed text went into messages verbatim, so a seed could break a log line and forge an "error CS9999" line.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void Messages_quoting_seed_text_stay_one_safe_line(string name)
    {
        var value = Json.String(Values[name]);
        var places = $$"""{ "places": [ { "id": "tokyo", "name": "Tokyo", "kind": "city", {{value}}: 1 }, { "id": {{value}}, "name": "X", "kind": {{value}} } ] }""";
        var annotation = SampleSeeds.Annotation
            .Replace("\"subject\": \"united-states\"", $"\"subject\": {value}")
            .Replace("\"quote\": \"launch its joint command by March 2025\"", $"\"quote\": {value}");
        var registryErrors = RunAndCheck(("seeds/places.json", places));
        var annotationErrors = RunAndCheck(("seeds/a1.json", annotation));

        Assert.Equal(new[] { "ALD0003", "ALD0010", "ALD0010", "ALD0011" }, registryErrors.Select(e => e.Id).OrderBy(id => id));
        Assert.Equal(new[] { "ALD0006", "ALD0007" }, annotationErrors.Select(e => e.Id).OrderBy(id => id));
        var errors = registryErrors.Concat(annotationErrors).ToList();
        Assert.All(errors, AssertSafeMessage);
        if (name == "forged log line")
        {
            Assert.Contains(errors, e => e.GetMessage(CultureInfo.InvariantCulture).Contains("'a\\nb/x.json(1,1): error CS9999", StringComparison.Ordinal));
        }
    }

    private static List<Diagnostic> RunAndCheck((string Name, object? Content) change)
    {
        var outcome = Run(Seeds(change));
        AssertNoGeneratorException(outcome);
        AssertCompilesCleanly(outcome);
        return Errors(outcome);
    }

    /// <summary>Regression: quotes are cut to 80 characters in messages, and the cut could split a surrogate pair.</summary>
    [Fact]
    public void A_long_quote_is_cut_between_characters_not_inside_one()
    {
        var quote = new string('q', 76) + "\U0001F600 and more words that are not in the text";
        var annotation = SampleSeeds.Annotation.Replace("\"quote\": \"launch its joint command by March 2025\"", $"\"quote\": {Json.String(quote)}");
        var error = Assert.Single(Errors(Run(Seeds(("seeds/a1.json", annotation)))));

        Assert.Equal("ALD0007", error.Id);
        AssertSafeMessage(error);
        Assert.Contains(new string('q', 76) + "...", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
