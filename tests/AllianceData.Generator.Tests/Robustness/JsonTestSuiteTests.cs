using System.IO;
using System.Linq;
using AllianceData.Testing;
using Microsoft.CodeAnalysis;
using static AllianceData.Generator.Tests.Robustness.RobustnessHarness;

namespace AllianceData.Generator.Tests.Robustness;

/// <summary>
/// Every case of Nicolas Seriot's JSONTestSuite (TestData/JSONTestSuite, MIT), fed as bytes to the
/// generator in place of an article annotation and of a registry. n_ cases (invalid JSON) must be
/// ALD0001 in that file; y_ cases (valid JSON) must never be ALD0001, only shape errors in that file;
/// i_ cases (implementation-defined) may be either. Never a generator exception, and the output
/// always compiles.
/// </summary>
public class JsonTestSuiteTests
{
    public static readonly string SuiteFolder = RepoPaths.In("tests", "AllianceData.Generator.Tests", "TestData", "JSONTestSuite", "test_parsing");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(SuiteFolder, "*.json").Select(Path.GetFileName).Order(System.StringComparer.Ordinal))
        {
            data.Add(file!, "seeds/a1.json");
            data.Add(file!, "seeds/places.json");
        }

        return data;
    }

    [Fact]
    public void The_whole_suite_is_in_the_repository()
    {
        var names = Directory.GetFiles(SuiteFolder).Select(Path.GetFileName).ToList();

        Assert.Equal(318, names.Count);
        Assert.Equal(188, names.Count(n => n!.StartsWith("n_")));
        Assert.Equal(95, names.Count(n => n!.StartsWith("y_")));
        Assert.Equal(35, names.Count(n => n!.StartsWith("i_")));
        Assert.True(File.Exists(Path.Combine(SuiteFolder, "..", "LICENSE")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_is_a_located_diagnostic_or_valid_output(string caseName, string seedName)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SuiteFolder, caseName));
        var files = Seeds((seedName, bytes));
        var file = files.Single(f => f.Path == PathOf(seedName));

        var outcome = Run(files);

        AssertNoGeneratorException(outcome);
        var errors = Errors(outcome);
        foreach (var error in errors)
        {
            AssertLocatedIn(error, file);
            AssertSafeMessage(error);
        }

        var invalidJson = errors.Where(e => e.Id == "ALD0001").ToList();
        var shape = errors.Where(e => ShapeDiagnosticIds.Contains(e.Id)).ToList();
        switch (caseName[0])
        {
            case 'n':
                Assert.True(invalidJson.Count == 1 && errors.Count == 1, "Invalid JSON must be exactly one ALD0001, got:\n" + Describe(errors));
                break;
            case 'y':
                Assert.True(invalidJson.Count == 0 && shape.Count == errors.Count, "Valid JSON must be read (shape errors only), got:\n" + Describe(errors));
                break;
            default:
                Assert.True(
                    (invalidJson.Count == 1 && errors.Count == 1) || (invalidJson.Count == 0 && shape.Count == errors.Count),
                    "Expected one ALD0001 or shape errors only, got:\n" + Describe(errors));
                break;
        }

        AssertCompilesCleanly(outcome);
    }
}
