using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Tests.Infrastructure;

/// <summary>An additional file held in memory, as the compiler would hand it to the generator.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    /// <summary>UTF-8 that replaces invalid bytes with U+FFFD instead of throwing.</summary>
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text, Encoding.UTF8))
    {
    }

    public InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    /// <summary>
    /// A file given as bytes, decoded as the compiler decodes an additional file: a byte order
    /// mark (UTF-8, UTF-16) chooses the encoding and is not part of the text; otherwise UTF-8,
    /// with invalid bytes read as U+FFFD.
    /// </summary>
    public static InMemoryAdditionalText FromBytes(string path, byte[] bytes) =>
        new(path, SourceText.From(bytes, bytes.Length, LenientUtf8));

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
