using System;
using System.Linq;
using AllianceData.Cli.Querying;

namespace AllianceData.Cli.Tests;

public class UnitTests
{
    [Fact]
    public void Every_enum_value_has_a_seed_word_that_reads_back()
    {
        static void RoundTrip<T>()
            where T : struct, Enum
        {
            foreach (var value in Enum.GetValues<T>())
            {
                Assert.Equal(value, Vocab.Parse<T>(Vocab.Token(value)));
            }

            Assert.Equal(Enum.GetValues<T>().Length, Vocab.Tokens<T>().Count());
        }

        RoundTrip<OrganizationKind>();
        RoundTrip<PlaceKind>();
        RoundTrip<Modality>();
        RoundTrip<ValueKind>();
        RoundTrip<TimePrecision>();
        RoundTrip<QuantityUnit>();
        RoundTrip<QuantityBound>();
        RoundTrip<EntityType>();
        Assert.Equal("military-command", Vocab.Token(OrganizationKind.MilitaryCommand));
        Assert.Equal("atLeast", Vocab.Token(QuantityBound.AtLeast));
        Assert.Equal("USD", Vocab.Token(QuantityUnit.USD));
        Assert.Equal("body-of-water", Vocab.Token(PlaceKind.BodyOfWater));
    }

    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2024-07-28", "2024-07-28", "2024-07-28")]
    public void Dates_stand_for_the_days_of_their_precision(string text, string start, string end)
    {
        Assert.True(DateBound.TryParse(text, out var bound));
        Assert.Equal((start, end), (bound!.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), bound.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-7")]
    [InlineData("2024-07-1")]
    [InlineData("0000")]
    [InlineData("2023-02-29")]
    [InlineData("-2024")]
    [InlineData("2024-07-28-01")]
    public void Malformed_dates_are_rejected(string text) => Assert.False(DateBound.TryParse(text, out _));
}
