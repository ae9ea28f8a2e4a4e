using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using AllianceData.Generator.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;
using static AllianceData.Generator.Tests.Robustness.RobustnessHarness;

namespace AllianceData.Generator.Tests.Robustness;

/// <summary>
/// Property-based tests (CsCheck): thousands of seed folders made by mutating the valid sample
/// files, structurally (drop, rename, retype, swap, copy and duplicate properties and values, random
/// Unicode) and character by character (delete, insert, replace). Whatever comes out, the generator
/// never throws, and either reports at least one error, each located in a seed file with a one-line
/// message, or generates
/// code that compiles with no diagnostic at all. A failure shrinks to a small mutation and prints
/// the seed to replay it with (CsCheck_Seed).
/// </summary>
public class PropertyTests
{
    private static readonly string[] FileNames =
    {
        "seeds/a1.json", "seeds/organizations.json", "seeds/people.json", "seeds/places.json", "seeds/predicates.json", "seeds/a1.txt",
    };

    private static readonly Dictionary<string, string> Valid = SampleSeeds.Files();

    /// <summary>Every property name of the format, so renames and insertions hit known names as often as typos.</summary>
    private static readonly string[] PropertyNames =
    {
        "$schema", "id", "handle", "name", "aliases", "kind", "country", "parent", "reportsTo", "description", "roles", "title",
        "organization", "within", "label", "object", "singleValued", "url", "publisher", "publisherNote", "cites", "published",
        "body", "mentions", "claims", "subject", "predicate", "modality", "attribution", "when", "where", "note", "evidence",
        "entity", "time", "quantity", "text", "source", "via", "quote", "prefix", "suffix", "occurrence", "date", "precision",
        "expression", "start", "end", "inferred", "basis", "amount", "unit", "item", "bound", "organizations", "people", "places", "predicates",
    };

    /// <summary>Scalars of every JSON type, the awkward numbers among them.</summary>
    private static readonly string[] Scalars =
    {
        "0", "-0", "1", "2", "-1", "1.5", "1e400", "-1e400", "1e-400", "5e-324", "2147483648", "9007199254740993",
        "123456789012345678901234567890", "true", "false", "null", "[]", "{}", "\"\"", "[1]", "{\"id\":1}",
        "\"2024\"", "\"2024-02-30\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"month\"", "\"city\"", "\"entity\"", "\"any\"",
    };

    private static readonly Gen<char> Char = Gen.Frequency(
        (6, Gen.Char['a', 'z']),
        (3, Gen.Char["{}[]\":,\\-_ .0123456789eE"]),
        (2, Gen.Char["\n\r\t\0\u0085\u2028\u2029\ud800\udc00\ufeff\u200b\u00e9\u6771\uffff"]),
        (1, Gen.Char));

    private static readonly Gen<string> Text = Char.Array[0, 12].Select(chars => new string(chars));

    /// <summary>A structural mutation: which operation, which node(s) (as fractions of the node count) and what text.</summary>
    private sealed record Edit(int Operation, double Target, double Other, int Choice, string Text);

    /// <summary>A character mutation: delete, insert or replace <see cref="Length"/> characters at a fraction of the file.</summary>
    private sealed record CharacterEdit(int Operation, double Position, int Length, string Text);

    private sealed record FileMutation(int File, Edit[] Edits, CharacterEdit[] CharacterEdits);

    private static readonly Gen<Edit> EditGen = Gen.Select(Gen.Int[0, 7], Gen.Double.Unit, Gen.Double.Unit, Gen.Int[0, 99], Text, (o, t, x, c, s) => new Edit(o, t, x, c, s));

    private static readonly Gen<CharacterEdit> CharacterEditGen = Gen.Select(Gen.Int[0, 2], Gen.Double.Unit, Gen.Int[1, 6], Text, (o, p, l, s) => new CharacterEdit(o, p, l, s));

    private static readonly Gen<FileMutation> MutationGen = Gen.Select(
        Gen.Frequency((5, Gen.Int[0, 0]), (4, Gen.Int[1, 4]), (1, Gen.Int[5, 5])),
        EditGen.Array[0, 4],
        Gen.Frequency((3, CharacterEditGen.Array[0, 0]), (1, CharacterEditGen.Array[1, 2])),
        (file, edits, characterEdits) => new FileMutation(file, edits, characterEdits));

    /// <summary>The files to mutate, and sometimes a new name for the article (its .txt and .json together).</summary>
    private sealed record Folder(FileMutation[] Mutations, string? ArticleName, (int File, string Json)[]? RandomFiles = null);

    private static readonly Gen<Folder> FolderGen = Gen.Select(
        MutationGen.Array[1, 3],
        Gen.Frequency((9, Gen.Const((string?)null)), (1, Text.Select(t => (string?)t))),
        (mutations, name) => new Folder(mutations, name));

    private static int s_errors;
    private static int s_valid;

    private readonly ITestOutputHelper _output;

    public PropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Mutated_seed_folders_give_located_errors_or_clean_output_and_never_a_generator_exception()
    {
        s_errors = s_valid = 0;
        FolderGen.Sample(
            CheckFolder,
            writeLine: _output.WriteLine,
            iter: Iterations(3000),
            print: Print);

        _output.WriteLine($"{s_errors} runs with errors, {s_valid} valid runs compiled");
        Assert.True(s_valid >= s_errors / 20, $"Too few valid runs to test the emitter ({s_valid} of {s_valid + s_errors})");
        Assert.True(s_errors >= s_valid / 20, $"Too few runs with errors ({s_errors} of {s_valid + s_errors})");
    }

    /// <summary>Values a random document may hold: awkward scalars, random text, and the sample's IDs and vocabulary, so that some references resolve.</summary>
    private static readonly Gen<string> RandomScalar = Gen.Frequency(
        (3, Gen.OneOf(Scalars)),
        (3, Text.Select(t => Json.String(t, escapeAll: false))),
        (4, Gen.OneOf(
            "united-states", "us-forces-japan", "kyodo-news", "tokyo", "antony-blinken", "upgrades", "launch-date", "city", "government",
            "military-command", "entity", "time", "month", "day", "year", "2024-03", "2025-03-31", "planned", "person", "The US will", "Kyodo said.").Select(t => Json.String(t))));

    private static readonly Gen<string> RandomKey = Gen.Frequency((4, Gen.OneOf(PropertyNames)), (1, Text));

    /// <summary>A random JSON value nested at most <paramref name="depth"/> deep, as text.</summary>
    private static Gen<string> RandomValue(int depth) => depth == 0
        ? RandomScalar
        : Gen.Frequency(
            (3, RandomScalar),
            (2, RandomValue(depth - 1).Array[0, 4].Select(items => "[" + string.Join(", ", items) + "]")),
            (3, Gen.Select(RandomKey, RandomValue(depth - 1)).Array[0, 6].Select(properties =>
                "{" + string.Join(", ", properties.Select(p => Json.String(p.Item1, escapeAll: false) + ": " + p.Item2)) + "}")));

    /// <summary>A random document for one of the JSON seed files: mostly an object around the array a registry needs, sometimes anything.</summary>
    private static readonly Gen<(int File, string Json)> RandomFile = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 3], RandomValue(4), RandomValue(3).Array[0, 4], (file, shape, any, items) =>
    {
        var arrayName = FileNames[file].Substring("seeds/".Length).Replace(".json", string.Empty);
        return (file, shape == 0 || file == 0 ? any : $"{{ \"{arrayName}\": [{string.Join(", ", items)}] }}");
    });

    [Fact]
    public void Random_json_seed_files_give_located_errors_or_clean_output_and_never_a_generator_exception()
    {
        s_errors = s_valid = 0;
        RandomFile.Array[1, 3].Sample(
            randomFiles => CheckFolder(new Folder(System.Array.Empty<FileMutation>(), null, randomFiles)),
            writeLine: _output.WriteLine,
            iter: Iterations(1000),
            print: randomFiles => string.Join("\n", randomFiles.Select(f => "--- " + FileNames[f.File] + "\n" + f.Json)));

        _output.WriteLine($"{s_errors} runs with errors, {s_valid} valid runs compiled");
    }

    /// <summary>Lets a longer hunt run locally: CsCheck_Iter=100000 dotnet test --filter PropertyTests.</summary>
    private static long Iterations(long defaultCount) =>
        long.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), out var count) && count > 0 ? count : defaultCount;

    private static void CheckFolder(Folder folder)
    {
        var files = Apply(folder);
        var seeds = Seeds(files.Select(f => (f.Key, (object?)f.Value)).ToArray());
        var outcome = Run(seeds);

        AssertNoGeneratorException(outcome);
        var errors = Errors(outcome);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                var path = error.Location.GetLineSpan().Path;
                var file = seeds.FirstOrDefault(f => f.Path == path);
                Assert.True(file is not null, "Error not located in a seed file: " + error);
                AssertLocatedIn(error, file!);
                AssertSafeMessage(error);
            }

            Interlocked.Increment(ref s_errors);
            return;
        }

        // No error: only the data warnings a mutation can legitimately cause (an entity nothing refers
        // to any more, claims that now contradict), each located in a seed file; and clean output.
        foreach (var warning in outcome.GeneratorDiagnostics)
        {
            Assert.True(warning.Id is "ALD0021" or "ALD0023", Describe(outcome.GeneratorDiagnostics));
            AssertLocatedIn(warning, seeds.First(f => f.Path == warning.Location.GetLineSpan().Path));
        }

        AssertCompilesCleanly(outcome);
        Interlocked.Increment(ref s_valid);
    }

    /// <summary>
    /// The sample folder with the mutations applied: for each file, every structural edit on the
    /// tree of the valid file, then every character edit on the text written from it.
    /// </summary>
    private static Dictionary<string, string> Apply(Folder folder)
    {
        var files = new Dictionary<string, string>(Valid);
        foreach (var (file, json) in folder.RandomFiles ?? System.Array.Empty<(int, string)>())
        {
            files[FileNames[file]] = json;
        }

        foreach (var group in folder.Mutations.GroupBy(m => FileNames[m.File]))
        {
            var text = files[group.Key];
            var edits = group.SelectMany(m => m.Edits).ToList();
            if (group.Key.EndsWith(".json", StringComparison.Ordinal) && edits.Count > 0)
            {
                var root = JsonNode.Parse(text)!;
                foreach (var edit in edits)
                {
                    root = ApplyEdit(root, edit);
                }

                text = Write(root);
            }

            foreach (var edit in group.SelectMany(m => m.CharacterEdits))
            {
                text = ApplyCharacterEdit(text, edit);
            }

            files[group.Key] = text;
        }

        if (folder.ArticleName is { } article)
        {
            files["seeds/" + article + ".txt"] = files["seeds/a1.txt"];
            files["seeds/" + article + ".json"] = files["seeds/a1.json"];
            files.Remove("seeds/a1.txt");
            files.Remove("seeds/a1.json");
        }

        return files;
    }

    private static string ApplyCharacterEdit(string text, CharacterEdit edit)
    {
        var position = Math.Min(text.Length, (int)(edit.Position * text.Length));
        var length = Math.Min(edit.Length, text.Length - position);
        return edit.Operation switch
        {
            0 => text.Remove(position, length),
            1 => text.Insert(position, edit.Text),
            _ => text.Remove(position, length).Insert(position, edit.Text),
        };
    }

    /// <summary>Every node but the root, in document order.</summary>
    private static List<JsonNode> Nodes(JsonNode root)
    {
        var nodes = new List<JsonNode>();
        var stack = new Stack<JsonNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node != root)
            {
                nodes.Add(node);
            }

            var children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a.AsEnumerable(),
                _ => Enumerable.Empty<JsonNode?>(),
            };
            foreach (var child in children.Reverse())
            {
                if (child is not null)
                {
                    stack.Push(child);
                }
            }
        }

        return nodes;
    }

    private static T Pick<T>(List<T> items, double fraction) => items[Math.Min(items.Count - 1, (int)(fraction * items.Count))];

    private static JsonNode ApplyEdit(JsonNode root, Edit edit)
    {
        var nodes = Nodes(root);
        if (nodes.Count == 0)
        {
            return root;
        }

        var target = Pick(nodes, edit.Target);
        var strings = nodes.Where(n => n is JsonValue v && v.TryGetValue<string>(out _)).ToList();
        switch (edit.Operation)
        {
            case 0: // Drop the property or the array item.
                Detach(target);
                break;
            case 1: // Replace the value by a scalar of any type.
                Replace(target, JsonNode.Parse(Scalars[edit.Choice % Scalars.Length]));
                break;
            case 2: // Swap two strings (IDs, references, quotes).
                if (strings.Count >= 2)
                {
                    var (a, b) = (Pick(strings, edit.Target), Pick(strings, edit.Other));
                    var (textA, textB) = (a.GetValue<string>(), b.GetValue<string>());
                    Replace(a, JsonValue.Create(textB));
                    Replace(b, JsonValue.Create(textA));
                }

                break;
            case 3: // Copy one string over another: duplicate IDs, references to the wrong kind of thing.
                if (strings.Count >= 2)
                {
                    Replace(Pick(strings, edit.Target), JsonValue.Create(Pick(strings, edit.Other).GetValue<string>()));
                }

                break;
            case 4: // Rename the property: to another known name, or to random text.
                if (target.Parent is JsonObject renamed)
                {
                    var newName = edit.Choice % 3 == 0 ? edit.Text : PropertyNames[edit.Choice % PropertyNames.Length];
                    var oldName = renamed.First(p => p.Value == target).Key;
                    if (!renamed.ContainsKey(newName))
                    {
                        renamed.Remove(oldName);
                        renamed[newName] = target;
                    }
                }

                break;
            case 5: // Duplicate an array item, or an object into an array.
                if (target.Parent is JsonArray array)
                {
                    array.Add(target.DeepClone());
                }
                else if (target is JsonObject && Pick(nodes, edit.Other) is JsonArray other)
                {
                    other.Add(target.DeepClone());
                }

                break;
            case 6: // Random Unicode in a string.
                if (strings.Count > 0)
                {
                    var text = Pick(strings, edit.Target);
                    var value = text.GetValue<string>();
                    var at = Math.Min(value.Length, (int)(edit.Other * value.Length));
                    Replace(text, JsonValue.Create(edit.Choice % 2 == 0 ? edit.Text : value.Insert(at, edit.Text)));
                }

                break;
            default: // Add a property, known or not, with a scalar value.
                var owner = target as JsonObject ?? target.Parent as JsonObject;
                var name = edit.Choice % 3 == 0 ? edit.Text : PropertyNames[edit.Choice % PropertyNames.Length];
                if (owner is not null && !owner.ContainsKey(name))
                {
                    owner[name] = edit.Choice % 2 == 0 ? JsonValue.Create(edit.Text) : JsonNode.Parse(Scalars[(edit.Choice / 3) % Scalars.Length]);
                }

                break;
        }

        return root;
    }

    private static void Detach(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject o:
                o.Remove(o.First(p => p.Value == node).Key);
                break;
            case JsonArray a:
                a.Remove(node);
                break;
        }
    }

    private static void Replace(JsonNode node, JsonNode? value)
    {
        switch (node.Parent)
        {
            case JsonObject o:
                o[o.First(p => p.Value == node).Key] = value;
                break;
            case JsonArray a:
                a[a.IndexOf(node)] = value;
                break;
        }
    }

    /// <summary>Writes the tree back: strings through <see cref="Json.String"/>, so lone surrogates survive as escapes.</summary>
    private static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(node, builder);
        return builder.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder builder)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject o:
                builder.Append('{');
                var first = true;
                foreach (var property in o)
                {
                    builder.Append(first ? "\n  " : ",\n  ").Append(Json.String(property.Key, escapeAll: false)).Append(": ");
                    Write(property.Value, builder);
                    first = false;
                }

                builder.Append('}');
                break;
            case JsonArray a:
                builder.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    Write(a[i], builder);
                }

                builder.Append(']');
                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                builder.Append(Json.String(text, escapeAll: false));
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }

    private static string Print(Folder folder)
    {
        var builder = new StringBuilder();
        foreach (var (name, text) in Apply(folder).Where(f => !Valid.TryGetValue(f.Key, out var valid) || valid != f.Value))
        {
            builder.Append("--- ").Append(Json.String(name)).Append('\n').Append(Json.String(text.Length > 4000 ? text.Substring(0, 4000) : text)).Append('\n');
        }

        return builder.ToString();
    }
}
