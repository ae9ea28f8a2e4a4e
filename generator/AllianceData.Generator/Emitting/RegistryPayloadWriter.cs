using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// Writes a dataset's registries and article IDs in the registry payload format of docs/emission.md
/// (<c>R1|</c>), which the runtime's <c>DatasetPayload.Build</c> decodes on first access: precompiled
/// library code does the work, so the generated code the JIT must compile stays a few lines.
/// </summary>
internal static class RegistryPayloadWriter
{
    public const string Version = "R1|";

    /// <summary>The payload's length in characters.</summary>
    public static int Length(DatasetIndexSpec spec) => PayloadBuffer.LengthOf(spec, Write);

    /// <summary>Appends the payload to <paramref name="w"/>.</summary>
    public static void Write(PayloadBuffer w, DatasetIndexSpec spec)
    {
        w.Append(Version);
        PayloadText.Int(w, spec.Organizations.Count);
        foreach (var o in spec.Organizations)
        {
            PayloadText.Str(w, o.Id);
            PayloadText.Str(w, o.Name);
            PayloadText.Strs(w, o.Aliases);
            PayloadText.Enum(w, o.Kind);
            PayloadText.OStr(w, o.Country);
            PayloadText.OStr(w, o.Parent);
            PayloadText.Strs(w, o.ReportsTo);
            PayloadText.OStr(w, o.Description);
        }

        PayloadText.Int(w, spec.People.Count);
        foreach (var p in spec.People)
        {
            PayloadText.Str(w, p.Id);
            PayloadText.Str(w, p.Name);
            PayloadText.Strs(w, p.Aliases);
            PayloadText.OStr(w, p.Country);
            PayloadText.Int(w, p.Roles.Count);
            foreach (var role in p.Roles)
            {
                PayloadText.Str(w, role.Title);
                PayloadText.OStr(w, role.Organization);
            }

            PayloadText.OStr(w, p.Description);
        }

        PayloadText.Int(w, spec.Places.Count);
        foreach (var p in spec.Places)
        {
            PayloadText.Str(w, p.Id);
            PayloadText.Str(w, p.Name);
            PayloadText.Strs(w, p.Aliases);
            PayloadText.Enum(w, p.Kind);
            PayloadText.OStr(w, p.Country);
            PayloadText.OStr(w, p.Within);
            PayloadText.OStr(w, p.Description);
        }

        PayloadText.Int(w, spec.Predicates.Count);
        foreach (var p in spec.Predicates)
        {
            PayloadText.Str(w, p.Id);
            PayloadText.Str(w, p.Label);
            PayloadText.Str(w, p.Description);
            PayloadText.Enum(w, p.ObjectKind);
            w.Append(p.SingleValued ? '1' : '0');
        }

        PayloadText.Int(w, spec.Articles.Count);
        foreach (var article in spec.Articles)
        {
            PayloadText.Str(w, article.Id);
        }
    }
}
