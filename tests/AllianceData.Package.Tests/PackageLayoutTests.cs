using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;
using AllianceData.Package.Tests.Infrastructure;
using AllianceData.Testing;

namespace AllianceData.Package.Tests;

/// <summary>What is inside the .nupkg and .snupkg: each file where NuGet, the compiler and a debugger look for it.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFixture package)
{
    /// <summary>System.Text.Json 8's netstandard2.0 closure: what a .NET Framework compiler host lacks.</summary>
    private static readonly string[] GeneratorDependencies =
    {
        "Microsoft.Bcl.AsyncInterfaces.dll",
        "System.Buffers.dll",
        "System.Memory.dll",
        "System.Numerics.Vectors.dll",
        "System.Runtime.CompilerServices.Unsafe.dll",
        "System.Text.Encodings.Web.dll",
        "System.Text.Json.dll",
        "System.Threading.Tasks.Extensions.dll",
    };

    /// <summary>Assemblies every compiler host provides: never shipped beside the generator.</summary>
    private static readonly string[] CompilerProvided =
    {
        "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "System.Reflection.Metadata",
    };

    private const string Analyzers = "analyzers/dotnet/cs/";

    [Fact]
    public void Pack_is_clean()
    {
        Assert.True(package.PackResult.Lines("warning").Count == 0, "dotnet pack warned.\n" + package.PackResult.Describe());
        Assert.True(File.Exists(package.SymbolsPath), "No .snupkg.\n" + package.PackResult.Describe());
    }

    [Fact]
    public void The_package_holds_the_library_the_generator_and_the_build_glue_where_NuGet_looks()
    {
        using var nupkg = ZipFile.OpenRead(package.PackagePath);
        var entries = Files(nupkg);
        var listing = string.Join("\n", entries);

        foreach (var tfm in new[] { "netstandard2.0", "net10.0" })
        {
            Assert.Contains($"lib/{tfm}/AllianceData.dll", entries);
            Assert.Contains($"lib/{tfm}/AllianceData.xml", entries);
        }

        // lib/ is the runtime library and its docs, nothing else: the generator is no reference of the consumer's.
        Assert.True(
            entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).All(e => Path.GetFileNameWithoutExtension(e) == "AllianceData"),
            "Only AllianceData.dll/.xml belong in lib/:\n" + listing);
        Assert.DoesNotContain(entries, e => e.StartsWith("ref/", StringComparison.Ordinal));

        // The analyzer folder: the generator and exactly System.Text.Json's closure, nothing the compiler brings.
        var analyzers = entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            GeneratorDependencies.Append("AllianceData.Generator.dll").Select(f => Analyzers + f).OrderBy(f => f, StringComparer.Ordinal),
            analyzers.OrderBy(f => f, StringComparer.Ordinal));

        // The MSBuild glue, byte for byte the repository's build/AllianceData.targets, for direct and transitive references.
        var targets = File.ReadAllBytes(RepoPaths.In("build", "AllianceData.targets"));
        Assert.Equal(targets, Read(nupkg, "buildTransitive/AllianceData.targets"));
        Assert.Equal(targets, Read(nupkg, "build/AllianceData.targets"));

        Assert.Equal(File.ReadAllBytes(RepoPaths.In("README.md")), Read(nupkg, "README.md"));
        Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_assembly_the_generator_loads_is_beside_it_or_provided_by_the_compiler()
    {
        using var nupkg = ZipFile.OpenRead(package.PackagePath);
        var beside = nupkg.Entries
            .Where(e => e.FullName.StartsWith(Analyzers, StringComparison.Ordinal))
            .ToDictionary(e => Path.GetFileNameWithoutExtension(e.FullName), e => AssemblyIdentity(ReadEntry(e)).Version);

        foreach (var entry in nupkg.Entries.Where(e => e.FullName.StartsWith(Analyzers, StringComparison.Ordinal)))
        {
            foreach (var (name, version) in References(ReadEntry(entry)))
            {
                if (CompilerProvided.Contains(name))
                {
                    continue;
                }

                Assert.True(beside.TryGetValue(name, out var shipped), $"{entry.Name} needs {name} {version}, which is not in {Analyzers}");
                Assert.True(shipped >= version, $"{entry.Name} needs {name} {version}; {Analyzers} has {shipped}");
            }
        }

        Assert.Equal(new Version(8, 0, 0, 0), beside["System.Text.Json"]);
    }

    [Fact]
    public void The_nuspec_carries_the_metadata_and_no_dependencies()
    {
        using var nupkg = ZipFile.OpenRead(package.PackagePath);
        var nuspec = XDocument.Load(new MemoryStream(Read(nupkg, "AllianceData.nuspec")));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

        Assert.Equal("AllianceData", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal(("expression", "MIT"), ((string?)Element("license").Attribute("type"), Value("license")));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("source-generator", Value("tags")!.Split(' '));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Equal(PackageFixture.RepositoryUrl, Value("projectUrl"));
        var repository = Element("repository");
        Assert.Equal(("git", PackageFixture.RepositoryUrl, package.Commit), ((string?)repository.Attribute("type"), (string?)repository.Attribute("url"), (string?)repository.Attribute("commit")));

        // The generator and its System.Text.Json are inside the package; consumers depend on nothing.
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string?)e.Attribute("id")).ToList();
        Assert.Empty(dependencies);
    }

    [Fact]
    public void The_library_is_built_deterministically_with_the_bundled_dataset_compiled_in()
    {
        using var nupkg = ZipFile.OpenRead(package.PackagePath);
        foreach (var tfm in new[] { "netstandard2.0", "net10.0" })
        {
            using var pe = new PEReader(new MemoryStream(Read(nupkg, $"lib/{tfm}/AllianceData.dll")));
            var reader = pe.GetMetadataReader();
            var types = reader.TypeDefinitions.Select(h => reader.GetTypeDefinition(h)).ToList();
            var alliance = types.Single(t => reader.GetString(t.Name) == "Alliance" && reader.GetString(t.Namespace) == "AllianceData");
            var nested = alliance.GetNestedTypes().Select(h => reader.GetString(reader.GetTypeDefinition(h).Name)).ToList();
            Assert.Contains("Organizations", nested);
            Assert.Contains("Articles", nested);
            Assert.Contains(pe.ReadDebugDirectory(), d => d.Type == DebugDirectoryEntryType.Reproducible);
            Assert.DoesNotContain(reader.AssemblyReferences, r => reader.GetString(reader.GetAssemblyReference(r).Name).StartsWith("AllianceData.Generator", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_symbol_package_has_matching_pdbs_with_SourceLink_to_the_commit()
    {
        Assert.True(File.Exists(package.SymbolsPath), "No .snupkg.\n" + package.PackResult.Describe());
        using var nupkg = ZipFile.OpenRead(package.PackagePath);
        using var snupkg = ZipFile.OpenRead(package.SymbolsPath);
        Assert.Equal(
            new[] { "lib/net10.0/AllianceData.pdb", "lib/netstandard2.0/AllianceData.pdb" },
            Files(snupkg).Where(e => e.EndsWith(".pdb", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal));

        foreach (var tfm in new[] { "netstandard2.0", "net10.0" })
        {
            using var pe = new PEReader(new MemoryStream(Read(nupkg, $"lib/{tfm}/AllianceData.dll")));
            var codeView = pe.ReadCodeViewDebugDirectoryData(pe.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.CodeView));
            using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Read(snupkg, $"lib/{tfm}/AllianceData.pdb")));
            var pdb = provider.GetMetadataReader();

            // The PDB is the one the DLL names.
            var id = new BlobContentId(pdb.DebugMetadataHeader!.Id);
            Assert.Equal(codeView.Guid, id.Guid);

            // SourceLink maps the mapped source root (/_/, a ContinuousIntegrationBuild) to the commit on GitHub.
            var sourceLink = pdb.CustomDebugInformation
                .Select(h => pdb.GetCustomDebugInformation(h))
                .Where(c => pdb.GetGuid(c.Kind) == new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A"))
                .Select(c => Encoding.UTF8.GetString(pdb.GetBlobBytes(c.Value)))
                .SingleOrDefault();
            Assert.NotNull(sourceLink);
            Assert.Contains($"\"/_/*\":\"https://raw.githubusercontent.com/alliancedata/alliancedata/{package.Commit}/*\"", sourceLink);

            var documents = pdb.Documents.Select(h => pdb.GetString(pdb.GetDocument(h).Name)).ToList();
            Assert.Contains("/_/src/AllianceData/SeedDatasetAttribute.cs", documents);
            Assert.All(documents, d => Assert.StartsWith("/_/", d));

            // The generated dataset, in no repository, travels inside the PDB.
            var embedded = pdb.CustomDebugInformation
                .Select(h => pdb.GetCustomDebugInformation(h))
                .Where(c => pdb.GetGuid(c.Kind) == new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE") && c.Parent.Kind == HandleKind.Document)
                .Select(c => pdb.GetString(pdb.GetDocument((DocumentHandle)c.Parent).Name))
                .ToList();
            Assert.Contains(embedded, d => d.Contains("SeedDatasetGenerator", StringComparison.Ordinal));
        }
    }

    private static List<string> Files(ZipArchive archive) => archive.Entries.Select(e => e.FullName).Where(n => !n.EndsWith('/')).ToList();

    private static byte[] Read(ZipArchive archive, string path)
    {
        var entry = archive.GetEntry(path);
        Assert.True(entry is not null, $"{path} is missing. The archive holds:\n{string.Join("\n", Files(archive))}");
        return ReadEntry(entry!);
    }

    private static byte[] ReadEntry(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static (string Name, Version Version) AssemblyIdentity(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var reader = pe.GetMetadataReader();
        var definition = reader.GetAssemblyDefinition();
        return (reader.GetString(definition.Name), definition.Version);
    }

    private static List<(string Name, Version Version)> References(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(h => reader.GetAssemblyReference(h))
            .Select(r => (reader.GetString(r.Name), r.Version))
            .ToList();
    }
}
