using System.Collections.Generic;
using System.Linq;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// Reads the properties of one JSON object against the list of properties it may have, reporting
/// unknown, duplicate, missing and wrongly typed properties where they are written.
/// </summary>
internal readonly struct JsonObjectReader
{
    private readonly JsonNode _node;
    private readonly ParseContext _context;
    private readonly string _description;
    private readonly string[] _known;

    /// <summary>Where this object's slots start in its tree's slot table: for each known name, the value written for it, or -1.</summary>
    private readonly int _slots;

    private JsonObjectReader(JsonNode node, ParseContext context, string description, string[] knownProperties)
    {
        _node = node;
        _context = context;
        _description = description;
        _known = knownProperties;

        // Each property is matched to its known name once, here, where unknown and duplicate ones are
        // reported; a lookup is then an index into the slots, and never finds either of those.
        var tree = node.Tree;
        _slots = tree.ReserveSlots(knownProperties.Length);
        var expected = 0;
        foreach (var property in node.Properties)
        {
            var name = property.Name!;
            var known = IndexOf(knownProperties, name, expected);
            expected = known + 1;
            if (known < 0)
            {
                context.Report(
                    DiagnosticDescriptors.UnknownProperty,
                    context.Map.LocateName(property),
                    name,
                    description,
                    Suggestions.DidYouMean(name, knownProperties));
            }
            else if (tree.Slot(_slots + known) >= 0)
            {
                context.Report(DiagnosticDescriptors.DuplicateProperty, context.Map.LocateName(property), name, description);
            }
            else
            {
                tree.Slot(_slots + known) = property.Index;
            }
        }
    }

    /// <summary>
    /// The row of the value written for the known property <paramref name="name"/>, or -1. The
    /// readers below work with rows, and make a node only of one they hand out: a JsonNode? per
    /// lookup was a measurable part of reading a claim's dozen properties.
    /// </summary>
    private int Find(string name)
    {
        var known = IndexOf(_known, name);
        return known < 0 ? -1 : _node.Tree.Slot(_slots + known);
    }

    private JsonNode At(int row) => new(_node.Tree, row);

    /// <summary>
    /// The position of <paramref name="name"/> among <paramref name="names"/>, or -1. The parsers ask with
    /// the same literals the lists hold, and the property names read are those literals too (see
    /// <see cref="Utf8StringTable.PropertyNames"/>), so a reference comparison nearly always settles it.
    /// The search starts at <paramref name="expected"/> and wraps around: seeds write an object's
    /// properties in the order its list has them, so the next property is nearly always the next name.
    /// </summary>
    private static int IndexOf(string[] names, string name, int expected = 0)
    {
        for (var i = expected; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                return i;
            }
        }

        for (var i = 0; i < expected && i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                return i;
            }
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Starts reading <paramref name="node"/> as an object, or reports that it is not one and returns null.</summary>
    public static JsonObjectReader? Open(JsonNode node, ParseContext context, string description, string[] knownProperties)
    {
        if (node.Kind != JsonKind.Object)
        {
            context.ReportWrongType(node, description, "an object");
            return null;
        }

        return new JsonObjectReader(node, context, description, knownProperties);
    }

    public JsonNode Node => _node;

    public ParseContext Context => _context;

    public string Description => _description;

    public LocationInfo Location => _context.Map.LocateStart(_node);

    public bool Has(string name) => Find(name) >= 0;

    /// <summary>The raw value of a property, or null (reporting it when <paramref name="required"/>).</summary>
    public JsonNode? Value(string name, bool required = false) => Row(name, required) is var row and >= 0 ? At(row) : null;

    /// <summary>A string property with where it is written: for IDs and references, which later steps report on.</summary>
    public SourceString? String(string name, bool required = false) => TryString(name, required, out var value) ? value : null;

    /// <summary>A reference to a registry entry, or a registry entry's ID, with where it is written: one string per distinct ID (<see cref="Utf8StringTable.References"/>).</summary>
    public SourceString? Reference(string name, bool required = false) => TryReference(name, required, out var value) ? value : null;

    /// <summary>
    /// <see cref="String"/> into <paramref name="value"/>, for the located strings that a model must
    /// have: a 40-byte value handed out through a nullable is copied on each step on its way into the
    /// model, and those copies were a measurable part of reading a claim.
    /// </summary>
    public bool TryString(string name, bool required, out SourceString value) => TryString(name, required, strings: null, out value);

    /// <summary><see cref="Reference"/> into <paramref name="value"/> (see <see cref="TryString(string, bool, out SourceString)"/>).</summary>
    public bool TryReference(string name, bool required, out SourceString value) => TryString(name, required, _context.References, out value);

    /// <summary><see cref="TryString(string, bool, out SourceString)"/>, the value taken from <paramref name="strings"/> if given (see <see cref="JsonNode.StringFrom"/>).</summary>
    public bool TryString(string name, bool required, Utf8StringTable? strings, out SourceString value)
    {
        var row = StringRow(name, required);
        if (row < 0)
        {
            value = default;
            return false;
        }

        var node = At(row);
        value = new SourceString(strings is null ? node.StringValue : node.StringFrom(strings), _context.Map.Locate(node));
        return true;
    }

    /// <summary>A string that must hold at least one character (names, titles, labels, quotes), with where it is written.</summary>
    public SourceString? NonEmptyString(string name, bool required = false) =>
        StringRow(name, required) is var row and >= 0 && NonEmpty(At(row), name) is { } value ? new SourceString(value, _context.Map.Locate(At(row))) : null;

    /// <summary>
    /// A string property's value alone, for one that no later step reports on (notes, descriptions,
    /// expressions): a parse locates only what a diagnostic may need, as most values never need it.
    /// </summary>
    public string? StringValue(string name, bool required = false) => StringRow(name, required) is var row and >= 0 ? At(row).StringValue : null;

    /// <summary>The value alone of a string that must hold at least one character.</summary>
    public string? NonEmptyStringValue(string name, bool required = false) =>
        StringRow(name, required) is var row and >= 0 ? NonEmpty(At(row), name) : null;

    /// <summary>A string property's node, or null (reporting a missing required or mistyped one).</summary>
    public JsonNode? StringNode(string name, bool required = false) => StringRow(name, required) is var row and >= 0 ? At(row) : null;

    /// <summary>The row of a property's value, or -1 (reporting it when <paramref name="required"/>).</summary>
    private int Row(string name, bool required)
    {
        var row = Find(name);
        if (row < 0 && required)
        {
            _context.Report(DiagnosticDescriptors.MissingProperty, Location, name, _description);
        }

        return row;
    }

    private int StringRow(string name, bool required) => RowOf(name, required, JsonKind.String, "a string");

    /// <summary>The row of a property's value if it is of <paramref name="kind"/>, or -1 (reporting a missing required or mistyped one).</summary>
    private int RowOf(string name, bool required, JsonKind kind, string expected)
    {
        var row = Row(name, required);
        if (row >= 0 && At(row).Kind != kind)
        {
            _context.ReportWrongType(At(row), name, expected);
            return -1;
        }

        return row;
    }

    /// <summary>The string's value, or null after reporting that it is empty.</summary>
    private string? NonEmpty(JsonNode node, string name)
    {
        var value = node.StringValue;
        if (value.Length == 0)
        {
            _context.Report(DiagnosticDescriptors.InvalidValue, _context.Map.Locate(node), "\"\"", name, "it must not be empty");
            return null;
        }

        return value;
    }

    public bool? Boolean(string name)
    {
        var row = Find(name);
        if (row < 0)
        {
            return null;
        }

        var kind = At(row).Kind;
        if (kind is not (JsonKind.True or JsonKind.False))
        {
            _context.ReportWrongType(At(row), name, "true or false");
            return null;
        }

        return kind == JsonKind.True;
    }

    public JsonNode? Number(string name, bool required = false) => RowOf(name, required, JsonKind.Number, "a number") is var row and >= 0 ? At(row) : null;

    /// <summary>The items of an array property; a missing optional array reads as empty.</summary>
    public JsonMembers Array(string name, bool required = false) =>
        RowOf(name, required, JsonKind.Array, "an array") is var row and >= 0 ? At(row).Items : JsonMembers.Empty;

    /// <summary>An array of non-empty strings; a missing optional array reads as empty.</summary>
    /// <param name="references">The items are registry references (<see cref="Reference"/>), not names.</param>
    public EquatableArray<SourceString> StringArray(string name, bool required = false, bool references = false)
    {
        var nodes = Array(name, required);
        if (nodes.Count == 0)
        {
            return EquatableArray<SourceString>.Empty;
        }

        var items = EquatableArray.Builder<SourceString>(nodes.Count);
        foreach (var item in nodes)
        {
            if (item.Kind != JsonKind.String)
            {
                _context.ReportWrongType(item, name + " item", "a string");
                continue;
            }

            var value = references ? item.StringFrom(_context.References) : item.StringValue;
            if (value.Length == 0)
            {
                _context.ReportInvalid(item, "\"\"", name + " item", "it must not be empty");
                continue;
            }

            items.Add(new SourceString(value, _context.Map.Locate(item)));
        }

        return items.ToEquatableArray();
    }

    /// <summary>
    /// A string that must be one of <paramref name="allowed"/>, returned as the list's own instance (so
    /// models share one string per vocabulary value); falls back to <paramref name="fallback"/> after reporting.
    /// </summary>
    public string Enum(string name, string[] allowed, string fallback, bool required = true)
    {
        var row = StringRow(name, required);
        if (row < 0)
        {
            return fallback;
        }

        // Matched on the bytes: a value that is one of the list's needs no string of its own.
        var node = At(row);
        for (var i = 0; i < allowed.Length; i++)
        {
            if (node.StringEquals(allowed[i]))
            {
                return allowed[i];
            }
        }

        var value = node.StringValue;
        _context.Report(
            DiagnosticDescriptors.InvalidValue,
            _context.Map.Locate(node),
            value,
            name,
            "use one of " + string.Join(", ", allowed.Select(a => "'" + a + "'")) + Suggestions.DidYouMean(value, allowed));
        return fallback;
    }
}
