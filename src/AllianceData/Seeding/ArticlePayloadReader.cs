using System;
using System.Globalization;

namespace AllianceData.Seeding;

/// <summary>
/// Decodes one payload (docs/emission.md), an article's (version 2, or version 1 as generated code
/// of earlier releases embeds it) or a dataset's registries, by scanning it once, left to right.
/// Lengths count UTF-16 code units, so every string is one Substring; no escaping, no regex, no LINQ.
/// </summary>
internal sealed partial class ArticlePayloadReader
{
    private readonly string _payload;
    private int _offset;
    private string? _articleId;

    /// <summary>Version 2: the article's table of registry IDs, which references index. Null for version 1, which writes IDs in place.</summary>
    private string[]? _names;

    /// <summary>Where a version 2 payload's embedded texts are (<c>@</c> texts); null when the payload has none.</summary>
    private readonly System.Reflection.Assembly? _texts;

    public ArticlePayloadReader(string payload, System.Reflection.Assembly? texts = null)
    {
        _payload = payload;
        _texts = texts;
    }

    public ArticleSeed ReadArticle()
    {
        var version2 = StartsWith(ArticlePayload.Version2);
        if (!version2 && !StartsWith(ArticlePayload.Version1))
        {
            throw Error("not an article payload (it starts with neither \"" + ArticlePayload.Version2 + "\" nor \"" + ArticlePayload.Version1 + "\")");
        }

        _offset = ArticlePayload.Version1.Length;
        var seed = new ArticleSeed { Id = Str() };
        _articleId = seed.Id;
        seed.FileName = Str();
        seed.Title = Str();
        _names = version2 ? Strs() : null;
        seed.Url = OStr();
        seed.Publisher = ORef();
        seed.PublisherNote = OStr();
        seed.Cites = Refs();
        seed.Published = new PublicationDate(Time(), Bool(), OStr());
        seed.Text = _names is not null && _offset < _payload.Length && _payload[_offset] == '@' ? EmbeddedText() : Str();
        seed.BodyStart = Int();
        seed.BodyEnd = Int();
        seed.Mentions = Refs();
        var claims = new ClaimSeed[Count()];
        for (var i = 0; i < claims.Length; i++)
        {
            claims[i] = Claim(seed.Text);
        }

        seed.Claims = claims;
        if (_offset != _payload.Length)
        {
            throw Error("unexpected characters after the last claim");
        }

        return seed;
    }

    /// <summary>
    /// Version 2's <c>"@" str ResourceName int Length</c>: a text the build embedded in the assembly
    /// as it is, which the generator read as UTF-8; decoded the same way, and checked by its length.
    /// </summary>
    private string EmbeddedText()
    {
        var at = _offset++;
        var name = Str();
        var length = Int();
        if (_texts is null)
        {
            _offset = at;
            throw Error("the text is the embedded resource '" + name + "', but no assembly to read it from was given");
        }

        using var stream = _texts.GetManifestResourceStream(name) ?? throw new InvalidOperationException(
            "The text of article '" + _articleId + "' is the embedded resource '" + name + "', which assembly '" + _texts.GetName().Name
            + "' does not have. The AllianceData package's MSBuild targets embed each seed text; a build that leaves them out cannot load this article.");
        using var reader = new System.IO.StreamReader(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        if (text.Length != length)
        {
            _offset = at;
            throw Error("the embedded text '" + name + "' has " + text.Length.ToString(CultureInfo.InvariantCulture) + " characters where the generator read "
                + length.ToString(CultureInfo.InvariantCulture) + "; the resource is not the file the dataset was generated from");
        }

        return text;
    }

    private bool StartsWith(string prefix) => string.CompareOrdinal(_payload, 0, prefix, 0, prefix.Length) == 0;

    private ClaimSeed Claim(string text)
    {
        var claim = new ClaimSeed { Id = Str(), Subject = Ref(), Predicate = Ref() };
        switch (Tag())
        {
            case 'e':
                claim.ObjectEntity = Ref();
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
        claim.AttributionSource = ORef();
        claim.AttributionVia = OStr();
        claim.When = OTime();
        claim.Where = ORef();
        claim.Note = OStr();
        var evidence = new EvidenceSeed[Count()];
        for (var i = 0; i < evidence.Length; i++)
        {
            evidence[i] = _names is null
                ? new EvidenceSeed { Quote = Str(), Start = Int(), End = Int(), Prefix = OStr(), Suffix = OStr(), Occurrence = OInt() }
                : Evidence(text);
        }

        claim.Evidence = evidence;
        return claim;
    }

    /// <summary>Version 2 evidence: offsets only; the quote is the text between them.</summary>
    private EvidenceSeed Evidence(string text)
    {
        var at = _offset;
        var start = Int();
        var end = Int();
        if (start < 0 || end < start || end > text.Length)
        {
            _offset = at;
            throw Error("the evidence offsets " + start.ToString(CultureInfo.InvariantCulture) + ".." + end.ToString(CultureInfo.InvariantCulture)
                + " do not lie within the article's " + text.Length.ToString(CultureInfo.InvariantCulture) + " characters");
        }

        return new EvidenceSeed { Quote = text.Substring(start, end - start), Start = start, End = end, Prefix = OStr(), Suffix = OStr(), Occurrence = OInt() };
    }

    /// <summary>A registry ID: in version 2 an index into the article's table, in version 1 the ID itself.</summary>
    private string Ref()
    {
        if (_names is null)
        {
            return Str();
        }

        var at = _offset;
        var index = Int();
        if ((uint)index >= (uint)_names.Length)
        {
            _offset = at;
            throw Error("the reference " + index.ToString(CultureInfo.InvariantCulture) + " is not an index of the article's "
                + _names.Length.ToString(CultureInfo.InvariantCulture) + " registry IDs");
        }

        return _names[index];
    }

    private string? ORef() => Null() ? null : Ref();

    private string[] Refs()
    {
        var references = new string[Count()];
        for (var i = 0; i < references.Length; i++)
        {
            references[i] = Ref();
        }

        return references;
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
