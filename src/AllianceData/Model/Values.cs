using System;
using System.Globalization;

namespace AllianceData;

/// <summary>The object of a claim: an entity, a time, a quantity or text.</summary>
public abstract record ClaimValue
{
    private protected ClaimValue()
    {
    }

    /// <summary>Which kind of value this is.</summary>
    public abstract ValueKind Kind { get; }
}

/// <summary>A claim object that names an entity.</summary>
/// <param name="Entity">The organization, person or place.</param>
public sealed record EntityValue(Entity Entity) : ClaimValue
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Entity;

    /// <inheritdoc />
    public override string ToString() => Entity.Name;
}

/// <summary>A claim object that is free text.</summary>
/// <param name="Text">The text.</param>
public sealed record TextValue(string Text) : ClaimValue
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Text;

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>
/// A date known to a precision (Wikidata-style), with the inclusive interval it stands for.
/// "End of 2024" is <c>2024-12</c> at month precision with the interval 2024-10-01..2024-12-31.
/// </summary>
/// <param name="Date">The date as written: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</param>
/// <param name="Precision">How precisely the date is known.</param>
/// <param name="Start">First day of the interval the expression stands for.</param>
/// <param name="End">Last day of the interval (inclusive).</param>
/// <param name="Expression">The words of the text, for vague or relative expressions.</param>
public sealed record TimeValue(string Date, TimePrecision Precision, DateTime Start, DateTime End, string? Expression = null) : ClaimValue
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Time;

    /// <summary>
    /// The first day of <see cref="Date"/> at its precision: where the value sits on a timeline.
    /// "By March 2025" has the interval 2024-03-01..2025-03-31 but sits at 2025-03-01.
    /// </summary>
    public DateTime Anchor => Precision switch
    {
        TimePrecision.Year => new DateTime(int.Parse(Date.Substring(0, 4), CultureInfo.InvariantCulture), 1, 1),
        TimePrecision.Month => new DateTime(int.Parse(Date.Substring(0, 4), CultureInfo.InvariantCulture), int.Parse(Date.Substring(5, 2), CultureInfo.InvariantCulture), 1),
        _ => DateTime.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Whether the two intervals share at least one day.</summary>
    public bool Overlaps(TimeValue other) => Start <= other.End && other.Start <= End;

    /// <inheritdoc />
    public override string ToString()
    {
        var text = Date + " (" + Precision.ToString().ToLowerInvariant() + ")";
        return Expression is null ? text : text + " \u201C" + Expression + "\u201D";
    }

    /// <summary>Formats the interval as <c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    public string IntervalText =>
        Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".." + End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A number with a unit: "about 50,000 troops", "5,600 km", "hundreds of Tomahawk missiles" (at least 200).</summary>
/// <param name="Amount">The number.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Bound">Whether the amount is exact, approximate or a bound.</param>
/// <param name="Item">What is counted, when the unit is a count.</param>
/// <param name="Expression">The words of the text.</param>
public sealed record QuantityValue(double Amount, QuantityUnit Unit, QuantityBound Bound = QuantityBound.Exact, string? Item = null, string? Expression = null) : ClaimValue
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Quantity;

    /// <inheritdoc />
    public override string ToString()
    {
        var prefix = Bound switch
        {
            QuantityBound.Approximate => "about ",
            QuantityBound.AtLeast => "at least ",
            QuantityBound.AtMost => "at most ",
            _ => string.Empty,
        };
        var unit = Item ?? (Unit == QuantityUnit.Count ? "items" : Unit.ToString());
        return prefix + Amount.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + unit;
    }
}
