using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllianceData.Generator.Tests.Infrastructure;

/// <summary>
/// What the package's MSBuild targets give the generator: the seed tag on every additional file,
/// the project directory and, with <c>embedTexts</c>, the name of the resource each text is embedded as.
/// </summary>
internal sealed class SeedOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions SeedFile = new(new Dictionary<string, string> { [SeedDatasetGenerator.SeedMetadata] = "true" });

    private readonly bool _embedTexts;

    public SeedOptionsProvider(string? projectDirectory, bool embedTexts = false)
    {
        _embedTexts = embedTexts;
        var global = new Dictionary<string, string>();
        if (projectDirectory is not null)
        {
            global["build_property.ProjectDir"] = projectDirectory;
        }

        GlobalOptions = new DictionaryOptions(global);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.EndsWith(".untagged.json") ? DictionaryOptions.Empty
        : _embedTexts ? new DictionaryOptions(new Dictionary<string, string> { [SeedDatasetGenerator.SeedMetadata] = "true", [SeedDatasetGenerator.ResourceMetadata] = ResourceName(textFile.Path) })
        : SeedFile;

    /// <summary>The resource name the targets give a seed: its path from the project, under AllianceData.Seeds/.</summary>
    public static string ResourceName(string path) => "AllianceData.Seeds/" + path.Substring(path.LastIndexOf('/') + 1);

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
