using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllianceData.Generator.Tests.Infrastructure;

/// <summary>What the package's MSBuild targets give the generator: the seed tag on every additional file, and the project directory.</summary>
internal sealed class SeedOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions SeedFile = new(new Dictionary<string, string> { [SeedDatasetGenerator.SeedMetadata] = "true" });

    public SeedOptionsProvider(string? projectDirectory)
    {
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
        textFile.Path.EndsWith(".untagged.json") ? DictionaryOptions.Empty : SeedFile;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
