using System;
using System.Globalization;
using System.Linq;
using AllianceData.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Tests;

/// <summary>The hand-written date parser accepts exactly what DateTime.TryParseExact accepted before it, at every precision.</summary>
public class DateParsingTests
{
    private static readonly string[] Inputs =
    {
        "2024", "0001", "0000", "9999", "202", "20245", "2O24", " 2024", "2024 ", "-024", "+024", "２０２４",
        "2024-01", "2024-12", "2024-00", "2024-13", "2024-1", "2024/01", "2024-1a", "2024-011",
        "2024-02-29", "2023-02-29", "2024-02-30", "2024-04-31", "2024-12-31", "2024-01-00", "2024-01-32",
        "0001-01-01", "9999-12-31", "2024-1-01", "2024-01-1", "2024_01_01", "2024-01-01T00", "", "----------",
    };

    [Theory]
    [InlineData("year", "yyyy")]
    [InlineData("month", "yyyy-MM")]
    [InlineData("day", "yyyy-MM-dd")]
    public void Agrees_with_TryParseExact(string precision, string format)
    {
        foreach (var input in Inputs.Concat(Enumerable.Range(0, 400).Select(i => new DateTime(2023, 1, 1).AddDays(i * 3).ToString(format, CultureInfo.InvariantCulture))))
        {
            var expected = input.Length == format.Length && DateTime.TryParseExact(input, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact);
            var actual = ValueParsers.TryParseDate(input, precision, out var first, out var last);

            Assert.True(expected == actual, $"'{input}' at precision {precision}: TryParseExact {expected}, ours {actual}");
            if (actual)
            {
                DateTime.TryParseExact(input, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out exact);
                Assert.Equal(exact, first);
                Assert.True(last >= first && (precision != "day" || last == first), $"'{input}': {first:d}..{last:d}");
            }
        }
    }

    [Fact]
    public void A_month_and_a_year_cover_their_last_day()
    {
        Assert.True(ValueParsers.TryParseDate("2024-02", "month", out var first, out var last));
        Assert.Equal((new DateTime(2024, 2, 1), new DateTime(2024, 2, 29)), (first, last));
        Assert.True(ValueParsers.TryParseDate("2023", "year", out first, out last));
        Assert.Equal((new DateTime(2023, 1, 1), new DateTime(2023, 12, 31)), (first, last));
    }

    [Theory]
    [InlineData("{\"date\": \"2024-07-28\", \"precision\": \"day\"}", "2024-07-28", "2024-07-28")]
    [InlineData("{\"date\": \"2024-02\", \"precision\": \"month\"}", "2024-02-01", "2024-02-29")]
    [InlineData("{\"date\": \"2023\", \"precision\": \"year\"}", "2023-01-01", "2023-12-31")]
    [InlineData("{\"date\": \"2024\", \"precision\": \"year\", \"start\": \"2024-04-10\"}", "2024-04-10", "2024-12-31")]
    [InlineData("{\"date\": \"2024\", \"precision\": \"year\", \"end\": \"2024-06-30\"}", "2024-01-01", "2024-06-30")]
    [InlineData("{\"date\": \"2024-07\", \"precision\": \"month\", \"start\": \"2024-07-28\", \"end\": \"2024-07-29\"}", "2024-07-28", "2024-07-29")]
    [InlineData("{\"date\": \"0001\", \"precision\": \"year\"}", "0001-01-01", "0001-12-31")]
    public void A_date_value_reads_as_its_inclusive_interval(string json, string start, string end)
    {
        var context = new ParseContext(new SeedTextMap("/seeds/a.json", SourceText.From(json)));
        var tree = context.Map.ReadTree().Tree!;
        var date = ValueParsers.ReadDate(tree.Root, context, "'when'");
        tree.Return();

        Assert.Empty(context.Diagnostics);
        Assert.NotNull(date);
        Assert.Equal((start, end), (date!.Start, date.End));
    }
}
