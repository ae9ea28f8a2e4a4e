using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Model;

/// <summary>
/// A place in a seed file, as a value. <see cref="Location"/> is not equatable across runs and
/// would defeat caching, so models carry this and turn it into a Location only when reporting.
/// A struct: a parse makes one for nearly every ID and reference, and as objects they were 4 of the
/// 32 MiB the annotation models allocated at 1,000 articles; inside the model that holds it, a
/// location costs no object of its own.
/// </summary>
internal readonly record struct LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>A location for a whole file, when no finer position is known.</summary>
    public static LocationInfo StartOf(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}
