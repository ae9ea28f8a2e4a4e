using System;
using System.Text.Json;

namespace AllianceData.Generator.Parsing;

/// <summary>The outcome of reading a JSON document: a tree, or the byte offset and message of the first error.</summary>
internal readonly struct JsonReadResult
{
    public JsonReadResult(JsonTree? tree, int errorOffset, string? errorMessage)
    {
        Tree = tree;
        ErrorOffset = errorOffset;
        ErrorMessage = errorMessage;
    }

    /// <summary>The document, to <see cref="JsonTree.Return"/> when done with it; null after an error.</summary>
    public JsonTree? Tree { get; }

    public int ErrorOffset { get; }

    public string? ErrorMessage { get; }
}

/// <summary>
/// Reads strict JSON (RFC 8259: no comments, no trailing commas) into a positioned tree.
/// Iterative, never recursive, and depth-limited, so hostile input cannot overflow the stack.
/// <see cref="JsonFastPath"/> reads the plain documents seeds nearly always are; System.Text.Json's
/// reader reads the rest, and words every error.
/// </summary>
internal static class JsonTreeReader
{
    /// <summary>Seeds are shallow; this bounds both the reader and the tree walkers.</summary>
    public const int MaxDepth = 64;

    /// <summary>Reads the first <paramref name="length"/> bytes of <paramref name="utf8"/> (a pooled buffer may be longer).</summary>
    public static JsonReadResult Read(byte[] utf8, int length)
    {
        var tree = JsonTree.Rent(utf8);
        if (JsonFastPath.TryRead(utf8, length, tree))
        {
            return new JsonReadResult(tree, 0, null);
        }

        tree.Clear(); // read again from the start, by the reader that words the errors
        return ReadFull(utf8, length, tree);
    }

    /// <summary>What <see cref="Read"/> falls back to: the walk over System.Text.Json's reader, into the emptied <paramref name="tree"/>.</summary>
    internal static JsonReadResult ReadFull(byte[] utf8, int length, JsonTree tree)
    {
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = MaxDepth,
        };
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(utf8, 0, length), options);
        var open = new int[MaxDepth + 1]; // the containers not yet closed, innermost last
        var objects = new bool[MaxDepth + 1]; // whether each of them is an object
        var depth = 0;

        // The innermost open container and whether it is an object, kept in locals rather than looked
        // up in the table for every value: the loop runs once per token.
        var parent = -1;
        var inObject = false;
        var names = Utf8StringTable.PropertyNames;
        string? pendingName = null;
        int pendingNameStart = 0, pendingNameEnd = 0;

        try
        {
            while (reader.Read())
            {
                JsonKind kind;
                var valueLength = 0;
                var escaped = false;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.ValueIsEscaped ? DecodeString(ref reader) : names.Get(reader.ValueSpan);
                        (pendingNameStart, pendingNameEnd) = ((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        tree.Close(open[--depth], (int)reader.BytesConsumed);
                        (parent, inObject) = depth == 0 ? (-1, false) : (open[depth - 1], objects[depth - 1]);
                        continue;
                    case JsonTokenType.StartObject:
                        kind = JsonKind.Object;
                        break;
                    case JsonTokenType.StartArray:
                        kind = JsonKind.Array;
                        break;
                    case JsonTokenType.String:
                        (kind, valueLength, escaped) = (JsonKind.String, reader.ValueSpan.Length, reader.ValueIsEscaped);
                        break;
                    case JsonTokenType.Number:
                        (kind, valueLength) = (JsonKind.Number, reader.ValueSpan.Length);
                        break;
                    case JsonTokenType.True:
                        kind = JsonKind.True;
                        break;
                    case JsonTokenType.False:
                        kind = JsonKind.False;
                        break;
                    case JsonTokenType.Null:
                        kind = JsonKind.Null;
                        break;
                    default:
                        continue; // no other token comes without comments
                }

                var index = tree.Add(kind, (int)reader.TokenStartIndex, (int)reader.BytesConsumed, valueLength, escaped, parent, inObject ? pendingName : null, pendingNameStart, pendingNameEnd);
                if (kind is JsonKind.Object or JsonKind.Array)
                {
                    (parent, inObject) = (index, kind == JsonKind.Object);
                    (open[depth], objects[depth]) = (parent, inObject);
                    depth++;
                }
            }
        }
        catch (JsonException ex)
        {
            tree.Return();
            return new JsonReadResult(null, ErrorOffset(utf8, length, ex), CleanMessage(ex.Message));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            tree.Return();
            return new JsonReadResult(null, (int)reader.TokenStartIndex, ex.Message);
        }

        if (tree.Count == 0)
        {
            tree.Return();
            return new JsonReadResult(null, 0, "the file is empty; it must hold one JSON object");
        }

        return new JsonReadResult(tree, 0, null);
    }

    /// <summary>An escaped property name. Escapes may spell lone surrogates ("\ud800"), which the reader refuses: decode them ourselves.</summary>
    private static string DecodeString(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan.ToArray();
        return JsonStringDecoder.Unescape(raw, 0, raw.Length);
    }

    /// <summary>
    /// The reader reports lines counted by '\n' and a byte position within that line; turn them
    /// into an absolute byte offset so the caller maps it with the same rules as every other location.
    /// </summary>
    private static int ErrorOffset(byte[] utf8, int length, JsonException ex)
    {
        var line = ex.LineNumber ?? 0;
        var offset = 0;
        for (long seen = 0; seen < line && offset < length; offset++)
        {
            if (utf8[offset] == (byte)'\n')
            {
                seen++;
            }
        }

        var result = offset + (int)Math.Min(ex.BytePositionInLine ?? 0, int.MaxValue - offset);
        return Math.Min(result, length);
    }

    /// <summary>Drops the reader's own "LineNumber: x | BytePositionInLine: y." suffix: the location says it better.</summary>
    private static string CleanMessage(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (index > 0 ? message.Substring(0, index) : message).Trim();
    }
}
