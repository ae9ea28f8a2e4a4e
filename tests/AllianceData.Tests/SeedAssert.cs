using AllianceData.Seeding;

namespace AllianceData.Tests;

/// <summary>Field-by-field equality of seeds (plain classes without value equality); values are records.</summary>
internal static class SeedAssert
{
    public static void Equal(ArticleSeed expected, ArticleSeed actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.FileName, actual.FileName);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Url, actual.Url);
        Assert.Equal(expected.Publisher, actual.Publisher);
        Assert.Equal(expected.PublisherNote, actual.PublisherNote);
        Assert.Equal(expected.Cites, actual.Cites);
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.BodyStart, actual.BodyStart);
        Assert.Equal(expected.BodyEnd, actual.BodyEnd);
        Assert.Equal(expected.Mentions, actual.Mentions);
        Assert.Equal(expected.Claims.Length, actual.Claims.Length);
        for (var i = 0; i < expected.Claims.Length; i++)
        {
            Equal(expected.Claims[i], actual.Claims[i]);
        }
    }

    private static void Equal(ClaimSeed expected, ClaimSeed actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Subject, actual.Subject);
        Assert.Equal(expected.Predicate, actual.Predicate);
        Assert.Equal(expected.ObjectEntity, actual.ObjectEntity);
        Assert.Equal(expected.ObjectValue, actual.ObjectValue);
        Assert.Equal(expected.Modality, actual.Modality);
        Assert.Equal(expected.AttributionSource, actual.AttributionSource);
        Assert.Equal(expected.AttributionVia, actual.AttributionVia);
        Assert.Equal(expected.When, actual.When);
        Assert.Equal(expected.Where, actual.Where);
        Assert.Equal(expected.Note, actual.Note);
        Assert.Equal(expected.Evidence.Length, actual.Evidence.Length);
        for (var i = 0; i < expected.Evidence.Length; i++)
        {
            var (e, a) = (expected.Evidence[i], actual.Evidence[i]);
            Assert.Equal((e.Quote, e.Start, e.End, e.Prefix, e.Suffix, e.Occurrence), (a.Quote, a.Start, a.End, a.Prefix, a.Suffix, a.Occurrence));
        }
    }
}
