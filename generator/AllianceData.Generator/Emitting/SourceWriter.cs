using System;
using System.Text;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// A small indenting writer over a StringBuilder, as in System.Text.Json's generator. Always '\n' line
/// ends, so output is the same on every OS. The builder is the thread's, reused from file to file: a
/// fresh one per file grew chunk by chunk to the size of the file, as much again as the file itself.
/// </summary>
internal sealed class SourceWriter
{
    /// <summary>Builders that grew past this many characters are not kept: a compiler server keeps its threads.</summary>
    private const int KeptCapacity = 1 << 20;

    private readonly StringBuilder _builder;
    private int _indent;

    public SourceWriter()
    {
        // Taken, not shared: a writer made while another is open on the thread gets a builder of its own.
        _builder = ThreadSpare<StringBuilder>.Take() ?? new StringBuilder();
    }

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
    }

    /// <summary>
    /// Starts an indented line written in parts (<see cref="Append"/>, <see cref="AppendDocText"/>,
    /// <see cref="AppendInteger"/>), then <see cref="EndLine"/>: for the lines written once per handle
    /// or article, where an interpolated string made an array of its parts and a string of them for each.
    /// </summary>
    public SourceWriter StartLine()
    {
        _builder.Append(' ', _indent * 4);
        return this;
    }

    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>Appends <paramref name="text"/> as <see cref="CSharpLiteral.DocText"/> makes it.</summary>
    public SourceWriter AppendDocText(string text)
    {
        CSharpLiteral.AppendDocText(_builder, text);
        return this;
    }

    public SourceWriter AppendInteger(int value)
    {
        _builder.Append(CSharpLiteral.Integer(value));
        return this;
    }

    public void EndLine() => _builder.Append('\n');

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

    /// <summary>
    /// As <see cref="LiteralPart"/>, for a UTF-8 literal: the part is rewritten first where it must be
    /// (<see cref="Utf8Transport"/>; its reader must then unescape it). Returns its length in UTF-8
    /// bytes, counted while it is escaped.
    /// </summary>
    public int Utf8LiteralPart(PayloadBuffer part, out bool transported)
    {
        var start = _builder.Length;
        var bytes = CSharpLiteral.AppendStringContent(_builder, part, out transported);
        if (transported)
        {
            // Rare: the part is taken back, rewritten, and escaped again.
            _builder.Length = start;
            Utf8Transport.Encode(part);
            bytes = CSharpLiteral.AppendStringContent(_builder, part, out _);
        }

        return bytes;
    }

    public void EndLiteral(string suffix) => _builder.Append('"').Append(suffix).Append('\n');

    /// <summary>
    /// The source written. The writer is then done with: its builder goes back to the thread for the
    /// next file (a method, not <c>ToString</c>, which a debugger or a log may call at any time).
    /// </summary>
    public string Finish()
    {
        var source = _builder.ToString();
        if (_builder.Capacity <= KeptCapacity)
        {
            _builder.Clear();
            ThreadSpare<StringBuilder>.Keep(_builder);
        }

        return source;
    }
}
