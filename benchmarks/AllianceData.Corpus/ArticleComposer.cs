using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AllianceData.Corpus;

/// <summary>Composes one article: its claims, the sentences that state them, the text, and the evidence quotes located in it.</summary>
internal sealed class ArticleComposer
{
    private static readonly DateTime FirstDay = new(2023, 1, 1);
    private const int DaySpan = 1461; // four years of publication dates

    private readonly CorpusBuilder _corpus;
    private readonly Random _random;
    private readonly int _index;
    private readonly IReadOnlyList<string> _homes;
    private readonly List<string> _cast = new();
    private readonly List<string> _mentions = new();
    private readonly HashSet<string> _mentioned = new(StringComparer.Ordinal);

    public ArticleComposer(CorpusBuilder corpus, int index, IReadOnlyList<string> homes)
    {
        _corpus = corpus;
        _random = corpus.Random;
        _index = index;
        _homes = homes;
    }

    private sealed record Draft(SyntheticClaim Claim, string Sentence, int ClauseOffset, string Clause, string? Phrase, int PhraseOffset);

    public SyntheticArticle Compose()
    {
        var n = _corpus.Options.Articles;
        var id = _index.ToString("D5", CultureInfo.InvariantCulture) + "_" + Mix(StableHash("article", _index.ToString(CultureInfo.InvariantCulture))).ToString("x16", CultureInfo.InvariantCulture);
        var day = FirstDay.AddDays((int)((long)_index * DaySpan / Math.Max(1, n)) + _random.Next(3));
        var monthOnly = _random.Next(10) == 0;
        var published = monthOnly
            ? new SyntheticDate(day.ToString("yyyy-MM", CultureInfo.InvariantCulture), "month", null, new DateTime(day.Year, day.Month, 1), LastDayOfMonth(day), false)
            : new SyntheticDate(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day", null, day, day, false);

        var outlets = _corpus.Outlets;
        var publisher = _random.Next(7) == 0 ? null : _corpus.Pick(outlets);
        var cites = Enumerable.Range(0, _random.Next(3)).Select(_ => _corpus.Pick(outlets))
            .Concat(_homes.Where(_corpus.IsOutlet))
            .Where(o => o != publisher).Distinct().ToList();

        var homes = _homes.Where(h => !_corpus.IsOutlet(h)).ToList();
        _cast.AddRange(homes);
        while (_cast.Count < homes.Count + 3)
        {
            var organization = _corpus.Pick(_corpus.Organizations).Id;
            if (!_corpus.IsOutlet(organization))
            {
                _cast.Add(organization);
            }
        }

        _cast.Add(_corpus.Pick(_corpus.People).Id);
        _cast.Add(_corpus.Pick(_corpus.Places).Id);

        var claimCount = Math.Max(1, _corpus.Options.ClaimsPerArticle - 4 + _random.Next(9));
        claimCount = Math.Max(claimCount, homes.Count);
        var drafts = new List<Draft>(claimCount);
        var claimIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < claimCount; k++)
        {
            var subject = k < homes.Count ? homes[k] : _random.Next(10) < 7 ? _corpus.Pick(_cast) : RandomEntity();
            drafts.Add(Compose(subject, day, publisher, cites, claimIds, byName: k == 0));
        }

        // The text: headline, dateline, paragraphs of 3 to 5 sentences with a filler now and then, a closing line, page furniture.
        var datelinePlaces = _corpus.Places.Where(p => p.Kind is "city" or "country").Select(p => p.Id).DefaultIfEmpty(_corpus.Places[0].Id).ToList();
        var datelinePlace = _corpus.Name(_corpus.Pick(datelinePlaces)).ToUpperInvariant();
        var dateline = monthOnly
            ? $"{datelinePlace}, {Words.Months[day.Month - 1]} {day.Year} —"
            : $"{datelinePlace}, {Words.Months[day.Month - 1]} {day.Day}, {day.Year} —";
        var title = CorpusBuilder.Capitalize(drafts[0].Clause);
        var text = new StringBuilder();
        text.Append(title).Append("\n\n");
        var bodyStart = text.Length;
        text.Append(dateline).Append(' ');
        var clauseStarts = new int[drafts.Count];
        var phraseStarts = new int[drafts.Count];
        var inParagraph = 0;
        var paragraphLength = 3 + _random.Next(3);
        for (var k = 0; k < drafts.Count; k++)
        {
            if (inParagraph == paragraphLength)
            {
                if (_random.Next(3) == 0)
                {
                    text.Append(' ').Append(_corpus.Pick(Words.Fillers));
                }

                text.Append("\n\n");
                inParagraph = 0;
                paragraphLength = 3 + _random.Next(3);
            }
            else if (inParagraph > 0)
            {
                text.Append(' ');
            }

            clauseStarts[k] = text.Length + drafts[k].ClauseOffset;
            phraseStarts[k] = drafts[k].Phrase is null ? -1 : clauseStarts[k] + drafts[k].PhraseOffset;
            text.Append(drafts[k].Sentence);
            inParagraph++;
        }

        var closing = $"This report (reference {id}) was compiled from official statements and press briefings.";
        text.Append("\n\n").Append(closing);
        var bodyEnd = text.Length;
        text.Append("\n\nLeave a Reply\nYour email address will not be published. Required fields are marked *\n");
        var full = text.ToString();

        var startQuote = full.Substring(bodyStart, Math.Min(40, bodyEnd - bodyStart)).TrimEnd();
        var endQuote = closing.Substring(closing.IndexOf("(reference", StringComparison.Ordinal));
        if (full.IndexOf(startQuote, StringComparison.Ordinal) != bodyStart ||
            full.IndexOf(endQuote, bodyStart, StringComparison.Ordinal) + endQuote.Length != bodyEnd)
        {
            throw new InvalidOperationException($"Article {id}: the body quotes do not select the body.");
        }

        var claims = new List<SyntheticClaim>(drafts.Count);
        for (var k = 0; k < drafts.Count; k++)
        {
            var draft = drafts[k];
            var evidence = new List<SyntheticEvidence> { Locate(full, bodyStart, bodyEnd, draft.Clause, clauseStarts[k], allowPrefix: false) };
            if (draft.Phrase is not null)
            {
                evidence.Add(Locate(full, bodyStart, bodyEnd, draft.Phrase, phraseStarts[k], allowPrefix: true));
            }

            claims.Add(draft.Claim with { Evidence = evidence });
        }

        return new SyntheticArticle(id, title, publisher, cites, published, full, startQuote, endQuote, bodyStart, bodyEnd, _mentions.ToList(), claims);
    }

    private Draft Compose(string subject, DateTime day, string? publisher, IReadOnlyList<string> cites, Dictionary<string, int> claimIds, bool byName)
    {
        var kind = _corpus.KindOf(subject);
        var templates = PredicateTemplate.BySubjectKind[kind].ToList();
        var template = templates[_random.Next(templates.Count)];
        var predicate = template.Predicate;

        // A single-valued predicate's value depends only on subject, predicate and publication month.
        var valueRandom = predicate.SingleValued
            ? new Random(unchecked((int)StableHash(subject, predicate.Id + "|" + day.ToString("yyyy-MM", CultureInfo.InvariantCulture))))
            : _random;
        var valueDay = predicate.SingleValued ? new DateTime(day.Year, day.Month, 1) : day;

        SyntheticObject value;
        string phrase;
        switch (predicate.ObjectKind)
        {
            case "entity":
                var entity = ObjectEntity(template.ObjectEntityKind, subject, valueRandom);
                value = new SyntheticObject("entity", entity, null, null, null);
                phrase = byName ? _corpus.Name(entity) : _corpus.Surface(entity, _random);
                Mention(entity);
                break;
            case "time":
                var time = Time(valueRandom, valueDay);
                value = new SyntheticObject("time", null, time, null, null);
                phrase = time.Expression!;
                break;
            case "quantity":
                var quantity = Quantity(valueRandom, template.ValueSet!);
                value = new SyntheticObject("quantity", null, null, quantity, null);
                phrase = quantity.Expression!;
                break;
            default:
                var textValue = TextValue(valueRandom, template.ValueSet!);
                value = new SyntheticObject("text", null, null, null, textValue);
                phrase = textValue;
                break;
        }

        Mention(subject);
        var subjectSurface = byName ? _corpus.Name(subject) : _corpus.Surface(subject, _random);
        string? where = null;
        SyntheticDate? when = null;
        var clause = template.Clause.Replace("{S}", subjectSurface);
        var phraseOffset = clause.IndexOf("{O}", StringComparison.Ordinal);
        clause = clause.Replace("{O}", phrase);
        if (clause.Contains("{W}", StringComparison.Ordinal))
        {
            where = _corpus.Pick(_corpus.Places).Id;
            Mention(where);
            var meeting = day.AddDays(-1 - _random.Next(5));
            when = new SyntheticDate(meeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day", null, meeting, meeting, false);
            clause = clause.Replace("{W}", _corpus.Name(where)) + $" on {Words.Months[meeting.Month - 1]} {meeting.Day}";
        }

        // Attribution: a cited outlet or a person of the cast, or an unnamed "via", or none.
        string? source = null, via = null;
        var modality = template.Modality;
        string sentence;
        int clauseOffset;
        var roll = _random.Next(20);
        if (roll < 7)
        {
            var outlet = cites.Count > 0 && _random.Next(2) == 0 ? cites[_random.Next(cites.Count)] : publisher;
            source = outlet ?? _cast.FirstOrDefault(c => _corpus.KindOf(c) == 'p') ?? _corpus.Pick(_corpus.People).Id;
            Mention(source);
            if (_corpus.KindOf(source) == 'o')
            {
                modality = "reported";
            }

            var sourceSurface = _corpus.Surface(source, _random);
            if (_random.Next(2) == 0)
            {
                sentence = $"According to {sourceSurface}, {clause}.";
                clauseOffset = sentence.Length - clause.Length - 1;
            }
            else
            {
                sentence = $"{clause}, {sourceSurface} reported.";
                clauseOffset = 0;
            }
        }
        else if (roll < 11)
        {
            via = _corpus.Pick(Words.Vias);
            sentence = $"{clause}, {via} said.";
            clauseOffset = 0;
        }
        else
        {
            sentence = clause + ".";
            clauseOffset = 0;
        }

        var baseId = predicate.Id;
        claimIds[baseId] = claimIds.TryGetValue(baseId, out var count) ? count + 1 : 1;
        var claimId = claimIds[baseId] == 1 ? baseId : baseId + "-" + claimIds[baseId].ToString(CultureInfo.InvariantCulture);
        var note = _random.Next(20) == 0 ? "Stated without a date; see the surrounding paragraph." : null;
        var claim = new SyntheticClaim(claimId, subject, predicate.Id, value, modality, source, via, when, where, note, Array.Empty<SyntheticEvidence>());

        // About one claim in five also quotes just the words of its object, which often recur and need disambiguation.
        var withPhrase = phrase.Length >= 4 && _random.Next(5) == 0;
        return new Draft(claim, sentence, clauseOffset, clause, withPhrase ? phrase : null, withPhrase ? phraseOffset : -1);
    }

    private string ObjectEntity(char kind, string subject, Random random)
    {
        var castOfKind = _cast.Where(c => _corpus.KindOf(c) == kind && c != subject).ToList();
        if (random == _random && castOfKind.Count > 0 && _random.Next(10) < 7)
        {
            return castOfKind[_random.Next(castOfKind.Count)];
        }

        for (var attempt = 0; ; attempt++)
        {
            var candidate = kind switch
            {
                'o' => _corpus.Organizations[random.Next(_corpus.Organizations.Count)].Id,
                'p' => _corpus.People[random.Next(_corpus.People.Count)].Id,
                _ => _corpus.Places[random.Next(_corpus.Places.Count)].Id,
            };
            if (candidate != subject || attempt > 10)
            {
                return candidate;
            }
        }
    }

    private string RandomEntity()
    {
        while (true)
        {
            var id = _random.Next(8) switch
            {
                < 5 => _corpus.Pick(_corpus.Organizations).Id,
                < 7 => _corpus.Pick(_corpus.People).Id,
                _ => _corpus.Pick(_corpus.Places).Id,
            };
            if (!_corpus.IsOutlet(id))
            {
                return id;
            }
        }
    }

    private void Mention(string id)
    {
        if (_mentioned.Add(id))
        {
            _mentions.Add(id);
        }
    }

    private static SyntheticDate Time(Random random, DateTime day)
    {
        static string Month(DateTime d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        static string Day(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string Year(int y) => y.ToString(CultureInfo.InvariantCulture);
        switch (random.Next(6))
        {
            case 0:
            {
                var target = day.AddMonths(1 + random.Next(18));
                return new SyntheticDate(Month(target), "month", $"in {Words.Months[target.Month - 1]} {target.Year}", new DateTime(target.Year, target.Month, 1), LastDayOfMonth(target), false);
            }

            case 1:
            {
                var target = day.AddMonths(2 + random.Next(18));
                return new SyntheticDate(Month(target), "month", $"by {Words.Months[target.Month - 1]} {target.Year}", day, LastDayOfMonth(target), true);
            }

            case 2:
            {
                var year = day.Year + random.Next(2);
                return new SyntheticDate(Year(year) + "-12", "month", $"at the end of {year}", new DateTime(year, 10, 1), new DateTime(year, 12, 31), true);
            }

            case 3:
            {
                var year = day.Year + 1;
                return new SyntheticDate(Year(year), "year", "early next year", new DateTime(year, 1, 1), new DateTime(year, 4, 30), true);
            }

            case 4:
            {
                var target = day.AddDays(3 + random.Next(300));
                return new SyntheticDate(Day(target), "day", $"on {Words.Months[target.Month - 1]} {target.Day}, {target.Year}", target, target, false);
            }

            default:
            {
                var year = day.Year + 1 + random.Next(2);
                return new SyntheticDate(Year(year), "year", $"in {year}", new DateTime(year, 1, 1), new DateTime(year, 12, 31), false);
            }
        }
    }

    private static SyntheticQuantity Quantity(Random random, string set)
    {
        static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
        switch (set)
        {
            case "troops":
            {
                var amount = (5 + random.Next(600)) * 100;
                return random.Next(2) == 0
                    ? new SyntheticQuantity(amount, "person", "troops", "approximate", $"about {N(amount)} troops")
                    : new SyntheticQuantity(amount, "person", "troops", "exact", $"{N(amount)} troops");
            }

            case "money":
            {
                if (random.Next(2) == 0)
                {
                    var tenths = 1 + random.Next(99);
                    return new SyntheticQuantity(tenths * 1e8, "USD", null, "exact", $"${(tenths / 10).ToString(CultureInfo.InvariantCulture)}.{(tenths % 10).ToString(CultureInfo.InvariantCulture)} billion");
                }

                var billions = 10 + random.Next(990);
                return new SyntheticQuantity(billions * 1e9, "JPY", null, "exact", $"¥{N(billions)} billion");
            }

            case "aircraft":
            {
                var amount = 4 + random.Next(200);
                return random.Next(3) == 0
                    ? new SyntheticQuantity(amount, "count", "aircraft", "atLeast", $"at least {N(amount)} aircraft")
                    : new SyntheticQuantity(amount, "count", "aircraft", "exact", $"{N(amount)} aircraft");
            }

            case "ships":
            {
                var amount = 2 + random.Next(23);
                return random.Next(3) == 0
                    ? new SyntheticQuantity(amount, "count", "warships", "atMost", $"up to {N(amount)} warships")
                    : new SyntheticQuantity(amount, "count", "warships", "exact", $"{N(amount)} warships");
            }

            case "range":
            {
                var amount = (6 + random.Next(55)) * 50;
                return new SyntheticQuantity(amount, "km", null, "exact", $"{N(amount)} km");
            }

            case "percent":
            {
                var amount = 2 + random.Next(29);
                return random.Next(2) == 0
                    ? new SyntheticQuantity(amount, "percent", null, "approximate", $"about {N(amount)} percent")
                    : new SyntheticQuantity(amount, "percent", null, "exact", $"{N(amount)} percent");
            }

            default:
            {
                var amount = 2 + random.Next(38);
                return new SyntheticQuantity(amount, "year", null, "exact", $"{N(amount)} years");
            }
        }
    }

    private static string TextValue(Random random, string set)
    {
        var values = set switch
        {
            "structures" => Words.Structures,
            "ranks" => Words.Ranks,
            "decisions" => Words.Decisions,
            "missions" => Words.Missions,
            "warnings" => Words.Warnings,
            "proposals" => Words.Proposals,
            _ => Words.Appeals,
        };
        return values[random.Next(values.Length)];
    }

    /// <summary>
    /// The evidence for a quote written at <paramref name="start"/>: just the quote when it occurs once
    /// in the body, else with a prefix (when allowed and enough) or the occurrence among body matches.
    /// Mirrors the generator's QuoteLocator, so what the annotation says is what the generator finds.
    /// </summary>
    private static SyntheticEvidence Locate(string text, int bodyStart, int bodyEnd, string quote, int start, bool allowPrefix)
    {
        if (string.CompareOrdinal(text, start, quote, 0, quote.Length) != 0)
        {
            throw new InvalidOperationException($"Internal error: the quote \"{quote}\" is not at {start}.");
        }

        var matches = BodyMatches(text, bodyStart, bodyEnd, quote, null);
        if (matches.Count == 1)
        {
            return new SyntheticEvidence(quote, null, null, start);
        }

        if (allowPrefix)
        {
            var prefixStart = Math.Max(bodyStart, start - 16);
            var prefix = text.Substring(prefixStart, start - prefixStart);
            if (prefix.Length > 0 && BodyMatches(text, bodyStart, bodyEnd, quote, prefix) is { Count: 1 } withPrefix && withPrefix[0] == start)
            {
                return new SyntheticEvidence(quote, prefix, null, start);
            }
        }

        return new SyntheticEvidence(quote, null, matches.IndexOf(start) + 1, start);
    }

    private static List<int> BodyMatches(string text, int bodyStart, int bodyEnd, string quote, string? prefix)
    {
        var matches = new List<int>();
        for (var index = text.IndexOf(quote, StringComparison.Ordinal); index >= 0; index = index + 1 < text.Length ? text.IndexOf(quote, index + 1, StringComparison.Ordinal) : -1)
        {
            if (prefix is not null && (index < prefix.Length || string.CompareOrdinal(text, index - prefix.Length, prefix, 0, prefix.Length) != 0))
            {
                continue;
            }

            if (index >= bodyStart && index + quote.Length <= bodyEnd)
            {
                matches.Add(index);
            }
        }

        return matches;
    }

    private static DateTime LastDayOfMonth(DateTime day) => new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

    /// <summary>SplitMix64's finalizer: spreads FNV's similar hashes of similar strings.</summary>
    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94d049bb133111ebUL);
        return z ^ (z >> 31);
    }

    /// <summary>FNV-1a over two strings: stable across runs and platforms, unlike string.GetHashCode.</summary>
    internal static ulong StableHash(string first, string second)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in first + "\u0001" + second)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }
}
