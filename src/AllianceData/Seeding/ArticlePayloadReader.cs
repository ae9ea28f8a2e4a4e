using System;
using System.Globalization;

namespace AllianceData.Seeding;

/// <summary>
/// Decodes one version 1 payload (docs/emission.md), an article's or a dataset's registries, by
/// scanning it once, left to right. Lengths count UTF-16 code units, so every string is one
/// Substring; no escaping, no regex, no LINQ.
/// </summary>
internal sealed partial class ArticlePayloadReader
{
    private readonly string _payload;
    private int _offset;
    private string? _articleId;

    public ArticlePayloadReader(string payload) => _payload = payload;

    public ArticleSeed ReadArticle()
    {
        if (string.CompareOrdinal(_payload, 0, ArticlePayload.Version1, 0, ArticlePayload.Version1.Length) != 0)
        {
            throw Error("not a version 1 article payload (it does not start with \"" + ArticlePayload.Version1 + "\")");
        }

        _offset = ArticlePayload.Version1.Length;
        var seed = new ArticleSeed { Id = Str() };
        _articleId = seed.Id;
        seed.FileName = Str();
        seed.Title = Str();
        seed.Url = OStr();
        seed.Publisher = OStr();
        seed.PublisherNote = OStr();
        seed.Cites = Strs();
        seed.Published = new PublicationDate(Time(), Bool(), OStr());
        seed.Text = Str();
        seed.BodyStart = Int();
        seed.BodyEnd = Int();
        seed.Mentions = Strs();
        var claims = new ClaimSeed[Count()];
        for (var i = 0; i < claims.Length; i++)
        {
            claims[i] = Claim();
        }

        seed.Claims = claims;
        if (_offset != _payload.Length)
        {
            throw Error("unexpected characters after the last claim");
        }

        return seed;
    }

    private ClaimSeed Claim()
    {
        var claim = new ClaimSeed { Id = Str(), Subject = Str(), Predicate = Str() };
        switch (Tag())
        {
            case 'e':
                claim.ObjectEntity = Str();
                break;
            case 't':
                claim.ObjectValue = Time();
                break;
            case 'q':
                claim.ObjectValue = new QuantityValue(Num(), Enum<QuantityUnit>(), Enum<QuantityBound>(), OStr(), OStr());
                break;
            case 'x':
                claim.ObjectValue = new TextValue(Str());
                break;
            default:
                _offset--;
                throw Error("expected a value tag (e, t, q or x)");
        }

        claim.Modality = Enum<Modality>();
        claim.AttributionSource = OStr();
        claim.AttributionVia = OStr();
        claim.When = OTime();
        claim.Where = OStr();
        claim.Note = OStr();
        var evidence = new EvidenceSeed[Count()];
        for (var i = 0; i < evidence.Length; i++)
        {
            evidence[i] = new EvidenceSeed { Quote = Str(), Start = Int(), End = Int(), Prefix = OStr(), Suffix = OStr(), Occurrence = OInt() };
        }

        claim.Evidence = evidence;
        return claim;
    }

    private TimeValue Time() => new(Str(), Enum<TimePrecision>(), Date(), Date(), OStr());

    private TimeValue? OTime()
    {
        switch (Tag())
        {
            case '~':
                return null;
            case 't':
                return Time();
            default:
                _offset--;
                throw Error("expected '~' or 't' for an optional time");
        }
    }

    private string Str()
    {
        var start = _offset;
        var length = (int)Digits(':', "a string length", int.MaxValue);
        if (length > _payload.Length - _offset)
        {
            _offset = start;
            throw Error("the string length " + length.ToString(CultureInfo.InvariantCulture) + " runs past the end of the payload");
        }

        var text = _payload.Substring(_offset, length);
        _offset += length;
        return text;
    }

    private string? OStr() => Null() ? null : Str();

    private string[] Strs()
    {
        var strings = new string[Count()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = Str();
        }

        return strings;
    }

    private int Int()
    {
        var negative = _offset < _payload.Length && _payload[_offset] == '-';
        if (negative)
        {
            _offset++;
        }

        var magnitude = Digits(';', "an integer", negative ? 1L + int.MaxValue : int.MaxValue);
        return (int)(negative ? -magnitude : magnitude);
    }

    private int? OInt() => Null() ? null : Int();

    /// <summary>An element count, checked against what is left so a bad count cannot allocate a huge array.</summary>
    private int Count()
    {
        var start = _offset;
        var count = Int();
        if (count < 0 || count > _payload.Length - _offset)
        {
            _offset = start;
            throw Error("the count " + count.ToString(CultureInfo.InvariantCulture) + " is negative or larger than the rest of the payload");
        }

        return count;
    }

    private bool Bool()
    {
        switch (Tag())
        {
            case '0':
                return false;
            case '1':
                return true;
            default:
                _offset--;
                throw Error("expected '0' or '1'");
        }
    }

    private double Num()
    {
        var start = _offset;
        var end = _payload.IndexOf(';', start);
        if (end < 0)
        {
            throw Error("a number has no terminating ';'");
        }

        // Sign, point and exponent only (no spaces, no thousands separators): what the writer's "R" format produces.
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (!double.TryParse(_payload.Substring(start, end - start), Styles, CultureInfo.InvariantCulture, out var value))
        {
            throw Error("not a number");
        }

        _offset = end + 1;
        return value;
    }

    private T Enum<T>()
        where T : struct, Enum
    {
        var start = _offset;
        var name = Str();
        if (!EnumNames<T>.TryParse(name, out var value))
        {
            _offset = start;
            throw Error("'" + name + "' is not a " + typeof(T).Name + " member");
        }

        return value;
    }

    /// <summary>A <c>yyyy-MM-dd</c> date, parsed by hand: DateTime.ParseExact per date is measurably slow at scale.</summary>
    private DateTime Date()
    {
        var start = _offset;
        var text = Str();
        int year, month, day;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || (year = Digits(text, 0, 4)) < 1
            || (month = Digits(text, 5, 2)) is < 1 or > 12
            || (day = Digits(text, 8, 2)) < 1 || day > DateTime.DaysInMonth(year, month))
        {
            _offset = start;
            throw Error("'" + text + "' is not a yyyy-MM-dd date");
        }

        return new DateTime(year, month, day);
    }

    /// <summary>The value of <paramref name="count"/> decimal digits, or -1 if one is not a digit.</summary>
    private static int Digits(string text, int index, int count)
    {
        var value = 0;
        for (var i = index; i < index + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    /// <summary>Unsigned decimal digits up to <paramref name="terminator"/>, which it consumes.</summary>
    private long Digits(char terminator, string what, long max)
    {
        var start = _offset;
        long value = 0;
        while (_offset < _payload.Length)
        {
            var c = _payload[_offset];
            if (c == terminator && _offset > start)
            {
                _offset++;
                return value;
            }

            var digit = c - '0';
            if ((uint)digit > 9)
            {
                throw Error("expected " + what + ": digits and '" + terminator + "'");
            }

            value = (value * 10) + digit;
            if (value > max)
            {
                _offset = start;
                throw Error(what + " out of range");
            }

            _offset++;
        }

        throw Error("the payload ends inside " + what);
    }

    /// <summary>Whether the next character is the null marker <c>~</c>, consuming it if so.</summary>
    private bool Null()
    {
        if (_offset < _payload.Length && _payload[_offset] == '~')
        {
            _offset++;
            return true;
        }

        return false;
    }

    private char Tag()
    {
        if (_offset >= _payload.Length)
        {
            throw Error("the payload ends where a tag is expected");
        }

        return _payload[_offset++];
    }

    private FormatException Error(string problem) =>
        new("Malformed article payload" + (_articleId is null ? string.Empty : " of article '" + _articleId + "'")
            + " at offset " + _offset.ToString(CultureInfo.InvariantCulture) + ": " + problem + ".");
}
