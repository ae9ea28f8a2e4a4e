using System.Globalization;
using System.Text;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>The payload format's primitives (docs/emission.md): length-prefixed strings, ';'-terminated integers, '~' for null.</summary>
internal static class PayloadText
{
    public static void Str(StringBuilder w, string value) =>
        w.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

    public static void OStr(StringBuilder w, string? value)
    {
        if (value is null)
        {
            w.Append('~');
        }
        else
        {
            Str(w, value);
        }
    }

    public static void Strs(StringBuilder w, EquatableArray<string> values)
    {
        Int(w, values.Count);
        foreach (var value in values)
        {
            Str(w, value);
        }
    }

    public static void Int(StringBuilder w, int value) =>
        w.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');

    /// <summary>A double in the invariant round-trip form, ';'-terminated.</summary>
    public static void Num(StringBuilder w, double value) =>
        w.Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(';');
}
