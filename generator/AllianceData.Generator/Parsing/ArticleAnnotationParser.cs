using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Parsing;

/// <summary>Reads an article's annotation sidecar: metadata, mentions and claims.</summary>
internal static class ArticleAnnotationParser
{
    private static readonly string[] ArticleProperties =
    {
        "$schema", "title", "handle", "url", "publisher", "publisherNote", "cites", "published", "body", "mentions", "claims",
    };

    private static readonly string[] BodyProperties = { "start", "end" };
    private static readonly string[] ClaimProperties =
    {
        "id", "subject", "predicate", "object", "modality", "attribution", "when", "where", "note", "evidence",
    };

    private static readonly string[] ObjectProperties = { "entity", "time", "quantity", "text" };
    private static readonly string[] AttributionProperties = { "source", "via" };
    private static readonly string[] EvidenceProperties = { "quote", "prefix", "suffix", "occurrence" };

    [ThreadStatic]
    private static Utf8StringTable? t_claimIds;

    /// <summary>
    /// The thread's claim IDs. A claim's ID is unique only within its article, and names what the claim
    /// says ("founded", "ally-of-2"), so the same few hundred recur from article to article: one string
    /// each, as for registry IDs (<see cref="Utf8StringTable.References"/>), but a table of their own,
    /// so that they push out no registry ID there.
    /// </summary>
    private static Utf8StringTable ClaimIds => t_claimIds ??= new Utf8StringTable(1024, 64, intern: false);

    public static ArticleAnnotation? Read(JsonNode root, ParseContext context)
    {
        if (JsonObjectReader.Open(root, context, "the article annotation", ArticleProperties) is not { } reader)
        {
            return null;
        }

        reader.String("$schema");
        var title = reader.NonEmptyStringValue("title", required: true);
        var handle = reader.String("handle");
        var url = reader.StringValue("url");
        var publisher = reader.Reference("publisher");
        var publisherNote = reader.StringValue("publisherNote");
        var cites = reader.StringArray("cites", references: true);
        var published = reader.Value("published", required: true) is { } publishedNode ? ValueParsers.ReadPublication(publishedNode, context) : null;
        var body = ReadBody(reader.Value("body"), context);
        var mentions = reader.StringArray("mentions", references: true);
        var claimNodes = reader.Array("claims");
        var claims = EquatableArray.Builder<ClaimEntry>(claimNodes.Count);
        var claimIds = ClaimIds;
        foreach (var claimNode in claimNodes)
        {
            if (ReadClaim(claimNode, context, claimIds) is { } claim)
            {
                claims.Add(claim);
            }
        }

        return title is null || published is null
            ? null
            : new ArticleAnnotation(title, handle, url, publisher, publisherNote, cites, published, body, mentions, claims.ToEquatableArray());
    }

    private static BodyEntry? ReadBody(JsonNode? node, ParseContext context)
    {
        if (node is not { } body || JsonObjectReader.Open(body, context, "'body'", BodyProperties) is not { } reader)
        {
            return null;
        }

        var start = reader.NonEmptyString("start", required: true);
        var end = reader.NonEmptyString("end", required: true);
        return start is { } first && end is { } last ? new BodyEntry(first, last) : null;
    }

    private static ClaimEntry? ReadClaim(JsonNode node, ParseContext context, Utf8StringTable claimIds)
    {
        if (JsonObjectReader.Open(node, context, "a claim", ClaimProperties) is not { } reader)
        {
            return null;
        }

        var hasId = Identifiers.TryReadId(reader, claimIds, out var id);
        var hasSubject = reader.TryReference("subject", required: true, out var subject);
        var hasPredicate = reader.TryReference("predicate", required: true, out var predicate);
        var claimObject = reader.Value("object", required: true) is { } objectNode ? ReadObject(objectNode, context) : null;
        var modality = reader.Enum("modality", Vocabulary.Modalities, "asserted");
        var (attributionSource, attributionVia) = reader.Value("attribution") is { } attributionNode ? ReadAttribution(attributionNode, context) : default;
        var when = reader.Value("when") is { } whenNode ? ValueParsers.ReadDate(whenNode, context, "'when'") : null;
        var where = reader.Reference("where");
        var note = reader.StringValue("note");
        var evidence = ReadEvidence(reader, context);
        return hasId && hasSubject && hasPredicate && claimObject is not null
            ? new ClaimEntry(id, subject, predicate, claimObject, modality, attributionSource, attributionVia, when, where, note, evidence)
            : null;
    }

    /// <summary>A claim's attribution: its source, its via, or both. Its own method, as are the others a claim is read with: one method that read it all kept a frame of over 2 KB, zeroed on every claim.</summary>
    private static (SourceString? Source, string? Via) ReadAttribution(JsonNode node, ParseContext context)
    {
        if (JsonObjectReader.Open(node, context, "'attribution'", AttributionProperties) is not { } attribution)
        {
            return default;
        }

        var source = attribution.Reference("source");
        var via = attribution.NonEmptyStringValue("via");
        if (!attribution.Has("source") && !attribution.Has("via"))
        {
            context.Report(DiagnosticDescriptors.InvalidValue, attribution.Location, "{}", "attribution", "give its 'source', its 'via' or both, or remove it");
        }

        return (source, via);
    }

    private static ClaimObjectEntry? ReadObject(JsonNode node, ParseContext context)
    {
        if (JsonObjectReader.Open(node, context, "a claim object", ObjectProperties) is not { } reader)
        {
            return null;
        }

        var location = context.Map.Locate(node);
        if (node.Properties.Count != 1)
        {
            context.Report(DiagnosticDescriptors.InvalidValue, location, "object", "claim object", "give exactly one of 'entity', 'time', 'quantity' or 'text'");
            return null;
        }

        var only = node.Properties[0];
        var kind = only.Name!;
        return kind switch
        {
            "entity" => reader.Reference("entity") is { } entity ? new ClaimObjectEntry(kind, entity, null, null, null, location) : null,
            "time" => ValueParsers.ReadDate(only, context, "'time'") is { } time ? new ClaimObjectEntry(kind, null, time, null, null, location) : null,
            "quantity" => ValueParsers.ReadQuantity(only, context) is { } quantity ? new ClaimObjectEntry(kind, null, null, quantity, null, location) : null,
            "text" => reader.NonEmptyStringValue("text") is { } text ? new ClaimObjectEntry(kind, null, null, null, text, location) : null,
            _ => null, // Already reported as an unknown property.
        };
    }

    /// <summary>A claim's quotes, of which it needs at least one; most claims have one, which needs no builder around it.</summary>
    private static EquatableArray<EvidenceEntry> ReadEvidence(JsonObjectReader claim, ParseContext context)
    {
        var nodes = claim.Array("evidence", required: true);
        if (nodes.Count == 0)
        {
            // Also after reporting that 'evidence' is not an array: as the claim's other checks, each reports on its own.
            if (claim.Has("evidence"))
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.Map.Locate(claim.Value("evidence")!.Value), "[]", "evidence", "a claim needs at least one evidence quote");
            }

            return EquatableArray<EvidenceEntry>.Empty;
        }

        if (nodes.Count == 1)
        {
            return ReadEvidence(nodes[0], context) is { } only ? new(ImmutableArray.Create(only)) : EquatableArray<EvidenceEntry>.Empty;
        }

        var evidence = EquatableArray.Builder<EvidenceEntry>(nodes.Count);
        foreach (var node in nodes)
        {
            if (ReadEvidence(node, context) is { } quote)
            {
                evidence.Add(quote);
            }
        }

        return evidence.ToEquatableArray();
    }

    private static EvidenceEntry? ReadEvidence(JsonNode node, ParseContext context)
    {
        if (JsonObjectReader.Open(node, context, "an evidence quote", EvidenceProperties) is not { } reader)
        {
            return null;
        }

        var quote = reader.StringValue("quote", required: true);
        var prefix = reader.StringValue("prefix");
        var suffix = reader.StringValue("suffix");
        int? occurrence = null;
        if (reader.Number("occurrence") is { } occurrenceNode)
        {
            var number = occurrenceNode.NumberValue;
            if (number >= 1 && number <= int.MaxValue && number % 1 == 0)
            {
                occurrence = (int)number;
            }
            else
            {
                context.ReportInvalid(occurrenceNode, occurrenceNode.RawNumber, "occurrence", "it counts matches from 1, so it must be a whole number of at least 1");
            }
        }

        if (quote is { Length: 0 })
        {
            context.Report(DiagnosticDescriptors.InvalidValue, context.Map.Locate(reader.Value("quote")!.Value), "\"\"", "quote", "an evidence quote cannot be empty");
            return null;
        }

        return quote is null ? null : new EvidenceEntry(quote, prefix, suffix, occurrence, context.Map.LocateStart(node));
    }
}
