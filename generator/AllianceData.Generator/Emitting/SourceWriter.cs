using System.Text;

namespace AllianceData.Generator.Emitting;

/// <summary>A small indenting writer over a StringBuilder, as in System.Text.Json's generator. Always '\n' line ends, so output is the same on every OS.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
    }

    public void Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
    }

    /// <summary>Opens a brace block without a header line: for array initializers.</summary>
    public void OpenBrace()
    {
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    /// <summary>Writes an indented line that ends with <paramref name="literal"/> (escaped as a C# string literal) and <paramref name="suffix"/>, without an intermediate copy of a large literal.</summary>
    public void LineWithLiteral(string prefix, PayloadBuffer literal, string suffix)
    {
        _builder.Append(' ', _indent * 4).Append(prefix).Append('"');
        CSharpLiteral.AppendStringContent(_builder, literal);
        _builder.Append('"').Append(suffix).Append('\n');
    }

    /// <summary>Starts an indented line that ends in a string literal built from parts: <see cref="LiteralPart"/>, then <see cref="EndLiteral"/>.</summary>
    public void StartLiteral(string prefix) => _builder.Append(' ', _indent * 4).Append(prefix).Append('"');

    /// <summary>Appends <paramref name="part"/> to the open literal, escaped: many payloads go into one literal without a copy of the whole.</summary>
    public void LiteralPart(PayloadBuffer part) => CSharpLiteral.AppendStringContent(_builder, part);

    public void EndLiteral(string suffix) => _builder.Append('"').Append(suffix).Append('\n');

    public override string ToString() => _builder.ToString();
}
