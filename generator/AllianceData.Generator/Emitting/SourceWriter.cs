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
    public void LineWithLiteral(string prefix, string literal, string suffix)
    {
        _builder.Append(' ', _indent * 4).Append(prefix);
        CSharpLiteral.AppendString(_builder, literal);
        _builder.Append(suffix).Append('\n');
    }

    public override string ToString() => _builder.ToString();
}
