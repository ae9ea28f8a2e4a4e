using System.Collections.Generic;
using System.Linq;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// Reads the properties of one JSON object against the list of properties it may have, reporting
/// unknown, duplicate, missing and wrongly typed properties where they are written.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonNode _node;
    private readonly ParseContext _context;
    private readonly string _description;

    /// <summary>
    /// The properties kept (known, first of their name), in the order written. Seed objects have a
    /// dozen properties at most, so a scan beats a dictionary, and allocates nothing for valid input.
    /// </summary>
    private readonly JsonProperty[] _properties;

    private JsonObjectReader(JsonNode node, ParseContext context, string description, IReadOnlyCollection<string> knownProperties)
    {
        _node = node;
        _context = context;
        _description = description;
        _properties = node.Properties!;
        List<JsonProperty>? kept = null;
        for (var i = 0; i < _properties.Length; i++)
        {
            var property = _properties[i];
            var known = knownProperties.Contains(property.Name);
            var duplicate = known && IndexOf(property.Name, i) >= 0;
            if (!known)
            {
                context.Report(
                    DiagnosticDescriptors.UnknownProperty,
                    context.Map.LocateName(property),
                    property.Name,
                    description,
                    Suggestions.DidYouMean(property.Name, knownProperties));
            }
            else if (duplicate)
            {
                context.Report(DiagnosticDescriptors.DuplicateProperty, context.Map.LocateName(property), property.Name, description);
            }

            if (!known || duplicate)
            {
                kept ??= new List<JsonProperty>(new System.ArraySegment<JsonProperty>(_properties, 0, i));
            }
            else
            {
                kept?.Add(property);
            }
        }

        _properties = kept?.ToArray() ?? _properties;
    }

    /// <summary>The index of the first property named <paramref name="name"/> among the first <paramref name="count"/>, or -1.</summary>
    private int IndexOf(string name, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(_properties[i].Name, name, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Starts reading <paramref name="node"/> as an object, or reports that it is not one and returns null.</summary>
    public static JsonObjectReader? Open(JsonNode node, ParseContext context, string description, IReadOnlyCollection<string> knownProperties)
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

    public bool Has(string name) => IndexOf(name, _properties.Length) >= 0;

    /// <summary>The raw value of a property, or null (reporting it when <paramref name="required"/>).</summary>
    public JsonNode? Value(string name, bool required = false)
    {
        var index = IndexOf(name, _properties.Length);
        if (index >= 0)
        {
            return _properties[index].Value;
        }

        if (required)
        {
            _context.Report(DiagnosticDescriptors.MissingProperty, Location, name, _description);
        }

        return null;
    }

    public SourceString? String(string name, bool required = false)
    {
        var value = Value(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Kind != JsonKind.String)
        {
            _context.ReportWrongType(value, name, "a string");
            return null;
        }

        return new SourceString(value.StringValue!, _context.Map.Locate(value));
    }

    /// <summary>A string that must hold at least one character: names, titles, labels, quotes.</summary>
    public SourceString? NonEmptyString(string name, bool required = false)
    {
        var value = String(name, required);
        if (value is { Value.Length: 0 })
        {
            _context.Report(DiagnosticDescriptors.InvalidValue, value.Location, "\"\"", name, "it must not be empty");
            return null;
        }

        return value;
    }

    public bool? Boolean(string name)
    {
        var value = Value(name);
        if (value is null)
        {
            return null;
        }

        if (value.Kind is not (JsonKind.True or JsonKind.False))
        {
            _context.ReportWrongType(value, name, "true or false");
            return null;
        }

        return value.Kind == JsonKind.True;
    }

    public JsonNode? Number(string name, bool required = false)
    {
        var value = Value(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Kind != JsonKind.Number)
        {
            _context.ReportWrongType(value, name, "a number");
            return null;
        }

        return value;
    }

    /// <summary>The items of an array property; a missing optional array reads as empty.</summary>
    public IReadOnlyList<JsonNode> Array(string name, bool required = false)
    {
        var value = Value(name, required);
        if (value is null)
        {
            return System.Array.Empty<JsonNode>();
        }

        if (value.Kind != JsonKind.Array)
        {
            _context.ReportWrongType(value, name, "an array");
            return System.Array.Empty<JsonNode>();
        }

        return value.Items!;
    }

    /// <summary>An array of non-empty strings; a missing optional array reads as empty.</summary>
    public EquatableArray<SourceString> StringArray(string name, bool required = false)
    {
        var items = new List<SourceString>();
        foreach (var item in Array(name, required))
        {
            if (item.Kind != JsonKind.String)
            {
                _context.ReportWrongType(item, name + " item", "a string");
                continue;
            }

            if (item.StringValue!.Length == 0)
            {
                _context.ReportInvalid(item, "\"\"", name + " item", "it must not be empty");
                continue;
            }

            items.Add(new SourceString(item.StringValue!, _context.Map.Locate(item)));
        }

        return items.ToEquatableArray();
    }

    /// <summary>A string that must be one of <paramref name="allowed"/>; falls back to <paramref name="fallback"/> after reporting.</summary>
    public string Enum(string name, IReadOnlyCollection<string> allowed, string fallback, bool required = true)
    {
        var value = String(name, required);
        if (value is null)
        {
            return fallback;
        }

        if (!allowed.Contains(value.Value))
        {
            _context.Report(
                DiagnosticDescriptors.InvalidValue,
                value.Location,
                value.Value,
                name,
                "use one of " + string.Join(", ", allowed.Select(a => "'" + a + "'")) + Suggestions.DidYouMean(value.Value, allowed));
            return fallback;
        }

        return value.Value;
    }
}
