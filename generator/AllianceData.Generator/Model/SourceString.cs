namespace AllianceData.Generator.Model;

/// <summary>A string from a seed file together with where it was written: for references and IDs that later steps may report on.</summary>
internal sealed record SourceString(string Value, LocationInfo Location);
