using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Model;

/// <summary>
/// A place in a seed file, as a value. <see cref="Location"/> is not equatable across runs and
/// would defeat caching, so models carry this and turn it into a Location only when reporting.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>A location for a whole file, when no finer position is known.</summary>
    public static LocationInfo StartOf(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}
