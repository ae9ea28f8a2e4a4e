using System;
using System.Globalization;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Parsing;

/// <summary>Readers for the typed values of the format: date values and quantities.</summary>
internal static class ValueParsers
{
    private static readonly string[] DateProperties = { "date", "precision", "expression", "start", "end" };
    private static readonly string[] PublicationProperties = { "date", "precision", "expression", "start", "end", "inferred", "basis" };
    private static readonly string[] QuantityProperties = { "amount", "unit", "item", "bound", "expression" };

    public static DateEntry? ReadDate(JsonNode node, ParseContext context, string description) =>
        JsonObjectReader.Open(node, context, description, DateProperties) is { } reader ? ReadDate(reader) : null;

    public static PublicationEntry? ReadPublication(JsonNode node, ParseContext context)
    {
        if (JsonObjectReader.Open(node, context, "'published'", PublicationProperties) is not { } reader)
        {
            return null;
        }

        var date = ReadDate(reader);
        var inferred = reader.Boolean("inferred") ?? false;
        var basis = reader.NonEmptyStringValue("basis", required: inferred);
        return date is null ? null : new PublicationEntry(date, inferred, basis);
    }

    public static QuantityEntry? ReadQuantity(JsonNode node, ParseContext context)
    {
        if (JsonObjectReader.Open(node, context, "a quantity", QuantityProperties) is not { } reader)
        {
            return null;
        }

        var amountNode = reader.Number("amount", required: true);
        var unit = reader.Enum("unit", Vocabulary.Units, "count");
        var item = reader.StringValue("item");
        var bound = reader.Enum("bound", Vocabulary.Bounds, "exact", required: false);
        var expression = reader.StringValue("expression");
        if (amountNode is null)
        {
            return null;
        }

        var amount = amountNode.Value.NumberValue;
        if (double.IsNaN(amount) || double.IsInfinity(amount))
        {
            context.ReportInvalid(amountNode.Value, amountNode.Value.RawNumber, "amount", "it must be a finite number");
            return null;
        }

        return new QuantityEntry(amount, unit, item, bound, expression);
    }

    private static DateEntry? ReadDate(JsonObjectReader reader)
    {
        // Nodes, not located strings: a date is located only to report it, and nearly none is reported.
        var dateNode = reader.StringNode("date", required: true);
        var precision = reader.Enum("precision", Vocabulary.Precisions, "day");
        var expression = reader.StringValue("expression");
        var startNode = reader.StringNode("start");
        var endNode = reader.StringNode("end");
        if (dateNode is not { } dateValue || !reader.Has("precision"))
        {
            return null;
        }

        var context = reader.Context;
        var date = dateValue.StringValue;
        var start = startNode?.StringValue;
        var end = endNode?.StringValue;
        if (!TryParseDate(date, precision, out var first, out var last))
        {
            context.Report(
                DiagnosticDescriptors.InvalidValue,
                context.Map.Locate(dateValue),
                date,
                "date",
                $"with precision '{precision}' write {Pattern(precision)}, a real calendar date");
            return null;
        }

        if (start is not null && !TryParseDate(start, "day", out first, out _))
        {
            context.Report(DiagnosticDescriptors.InvalidValue, context.Map.Locate(startNode!.Value), start, "start", "write YYYY-MM-DD, a real calendar date");
            return null;
        }

        if (end is not null && !TryParseDate(end, "day", out _, out last))
        {
            context.Report(DiagnosticDescriptors.InvalidValue, context.Map.Locate(endNode!.Value), end, "end", "write YYYY-MM-DD, a real calendar date");
            return null;
        }

        if (last < first)
        {
            context.Report(DiagnosticDescriptors.InvalidValue, context.Map.Locate(endNode ?? startNode ?? dateValue), end ?? date, "interval", $"it ends before it starts ({Format(first)})");
            return null;
        }

        // The bounds as written where they are (a day's are the day itself), so most dates format none.
        var days = precision is not ("year" or "month");
        return new DateEntry(date, precision, expression, start ?? (days ? date : Format(first)), end ?? (days ? date : Format(last)));
    }

    /// <summary>
    /// Parses a date written at a precision, giving the first and last day it covers. By hand, as
    /// the runtime's payload reader does: DateTime.TryParseExact per value is measurably slow at scale.
    /// </summary>
    public static bool TryParseDate(string value, string precision, out DateTime first, out DateTime last)
    {
        first = last = default;
        var length = precision switch
        {
            "year" => 4,
            "month" => 7,
            _ => 10,
        };
        if (value.Length != length
            || Digits(value, 0, 4) is not (>= 1 and var year)
            || (length > 4 && (value[4] != '-' || Digits(value, 5, 2) is not (>= 1 and <= 12))))
        {
            return false;
        }

        var month = length > 4 ? Digits(value, 5, 2) : 1;
        var day = 1;
        if (length > 7 && (value[7] != '-' || (day = Digits(value, 8, 2)) < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        first = new DateTime(year, month, day);
        last = precision switch
        {
            "year" => new DateTime(year, 12, 31),
            "month" => new DateTime(year, month, DateTime.DaysInMonth(year, month)),
            _ => first,
        };
        return true;
    }

    /// <summary>The value of <paramref name="count"/> ASCII digits at <paramref name="index"/>, or -1 if one is not a digit.</summary>
    public static int Digits(string text, int index, int count)
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

    private static string Pattern(string precision) => precision switch
    {
        "year" => "YYYY",
        "month" => "YYYY-MM",
        _ => "YYYY-MM-DD",
    };

    private static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
