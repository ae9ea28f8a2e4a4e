using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AllianceData.Generator.Parsing;

/// <summary>The outcome of reading a JSON document: a tree, or the byte offset and message of the first error.</summary>
internal readonly struct JsonReadResult
{
    public JsonReadResult(JsonNode? root, int errorOffset, string? errorMessage)
    {
        Root = root;
        ErrorOffset = errorOffset;
        ErrorMessage = errorMessage;
    }

    public JsonNode? Root { get; }

    public int ErrorOffset { get; }

    public string? ErrorMessage { get; }
}

/// <summary>
/// Reads strict JSON (RFC 8259: no comments, no trailing commas) into a positioned tree.
/// Iterative, never recursive, and depth-limited, so hostile input cannot overflow the stack.
/// </summary>
internal static class JsonTreeReader
{
    /// <summary>Seeds are shallow; this bounds both the reader and the tree walkers.</summary>
    public const int MaxDepth = 64;

    public static JsonReadResult Read(byte[] utf8)
    {
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = MaxDepth,
        };
        var reader = new Utf8JsonReader(utf8, options);
        // A container's members gather on a scratch list shared by the whole document, and become
        // an array of exactly their number when it closes: no list, and no regrown array, per container.
        var containers = new Stack<(JsonNode Node, int FirstMember)>();
        var properties = new List<JsonProperty>();
        var items = new List<JsonNode>();
        var names = new PropertyNameCache();
        string? pendingName = null;
        int pendingNameStart = 0, pendingNameEnd = 0;
        JsonNode? root = null;

        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.ValueIsEscaped || reader.HasValueSequence ? DecodeString(ref reader) : names.Get(reader.ValueSpan);
                        pendingNameStart = start;
                        pendingNameEnd = (int)reader.BytesConsumed;
                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var container = new JsonNode(reader.TokenType == JsonTokenType.StartObject ? JsonKind.Object : JsonKind.Array, start);
                        Attach(container);
                        containers.Push((container, container.Kind == JsonKind.Object ? properties.Count : items.Count));
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        var (closed, first) = containers.Pop();
                        closed.End = (int)reader.BytesConsumed;
                        if (closed.Kind == JsonKind.Object)
                        {
                            closed.Properties = TakeFrom(properties, first);
                        }
                        else
                        {
                            closed.Items = TakeFrom(items, first);
                        }

                        continue;
                    case JsonTokenType.String:
                        Attach(new JsonNode(JsonKind.String, start) { StringValue = DecodeString(ref reader), End = (int)reader.BytesConsumed });
                        continue;
                    case JsonTokenType.Number:
                        var raw = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                        var number = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
                        Attach(new JsonNode(JsonKind.Number, start) { NumberValue = number, RawNumber = raw, End = (int)reader.BytesConsumed });
                        continue;
                    case JsonTokenType.True:
                    case JsonTokenType.False:
                    case JsonTokenType.Null:
                        var kind = reader.TokenType == JsonTokenType.True ? JsonKind.True : reader.TokenType == JsonTokenType.False ? JsonKind.False : JsonKind.Null;
                        Attach(new JsonNode(kind, start) { End = (int)reader.BytesConsumed });
                        continue;
                }
            }
        }
        catch (JsonException ex)
        {
            return new JsonReadResult(null, ErrorOffset(utf8, ex), CleanMessage(ex.Message));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            return new JsonReadResult(null, (int)reader.TokenStartIndex, ex.Message);
        }

        return root is null
            ? new JsonReadResult(null, 0, "the file is empty; it must hold one JSON object")
            : new JsonReadResult(root, 0, null);

        void Attach(JsonNode node)
        {
            if (containers.Count == 0)
            {
                root = node;
                return;
            }

            if (containers.Peek().Node.Kind == JsonKind.Object)
            {
                properties.Add(new JsonProperty(pendingName!, pendingNameStart, pendingNameEnd, node));
            }
            else
            {
                items.Add(node);
            }
        }
    }

    /// <summary>The members gathered since <paramref name="first"/>, as an array, taken off the scratch list.</summary>
    private static T[] TakeFrom<T>(List<T> scratch, int first)
    {
        var count = scratch.Count - first;
        if (count == 0)
        {
            return System.Array.Empty<T>();
        }

        var members = new T[count];
        scratch.CopyTo(first, members, 0, count);
        scratch.RemoveRange(first, count);
        return members;
    }

    private static string DecodeString(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.GetString()!; // one allocation: the reader transcodes straight into the string
        }

        // Escapes may spell lone surrogates ("\ud800"), which the reader refuses: decode them ourselves.
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        return JsonStringDecoder.Unescape(raw);
    }

    /// <summary>
    /// The reader reports lines counted by '\n' and a byte position within that line; turn them
    /// into an absolute byte offset so the caller maps it with the same rules as every other location.
    /// </summary>
    private static int ErrorOffset(byte[] utf8, JsonException ex)
    {
        var line = ex.LineNumber ?? 0;
        var offset = 0;
        for (long seen = 0; seen < line && offset < utf8.Length; offset++)
        {
            if (utf8[offset] == (byte)'\n')
            {
                seen++;
            }
        }

        var result = offset + (int)Math.Min(ex.BytePositionInLine ?? 0, int.MaxValue - offset);
        return Math.Min(result, utf8.Length);
    }

    /// <summary>Drops the reader's own "LineNumber: x | BytePositionInLine: y." suffix: the location says it better.</summary>
    private static string CleanMessage(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (index > 0 ? message.Substring(0, index) : message).Trim();
    }
}
