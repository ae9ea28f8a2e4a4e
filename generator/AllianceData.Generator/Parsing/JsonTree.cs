namespace AllianceData.Generator.Parsing;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value with the UTF-8 byte range it came from, so that every diagnostic can point at
/// the exact place in the seed file. Transient: it never enters a pipeline model.
/// </summary>
internal sealed class JsonNode
{
    public JsonNode(JsonKind kind, int start)
    {
        Kind = kind;
        Start = start;
    }

    public JsonKind Kind { get; }

    /// <summary>UTF-8 byte offset of the value's first byte.</summary>
    public int Start { get; }

    /// <summary>UTF-8 byte offset just past the value's last byte.</summary>
    public int End { get; set; }

    public string? StringValue { get; set; }

    public double NumberValue { get; set; }

    /// <summary>The number as written, so that integers are read without a round trip through double.</summary>
    public string? RawNumber { get; set; }

    /// <summary>An object's properties in the order written; set when the object closes.</summary>
    public JsonProperty[]? Properties { get; set; }

    /// <summary>An array's items; set when the array closes.</summary>
    public JsonNode[]? Items { get; set; }

    /// <summary>How the value's kind reads in a message: "a string", "an array".</summary>
    public string KindDescription => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>A property of an object: a struct in its object's list, as there are hundreds of thousands in a large dataset.</summary>
internal readonly struct JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}
