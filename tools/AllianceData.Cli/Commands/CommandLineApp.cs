using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using AllianceData.Cli.Querying;

namespace AllianceData.Cli.Commands;

/// <summary>The command tree of <c>alliance</c>, and how errors become messages and exit codes.</summary>
internal static class CommandLineApp
{
    public static int Run(string[] args, CliContext context)
    {
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine("alliance: " + error.Message);
            }

            var command = parse.CommandResult.Command;
            var path = ReferenceEquals(command, root) ? "alliance" : "alliance " + command.Name;
            context.Error.WriteLine($"Run '{path} --help' for usage.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }

    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "alliance: validate AllianceData seed folders with the generator's own checks; query, export and draw the dataset.\n" +
            "Query commands work on the bundled dataset, or on a seed folder given with --seeds.")
        {
            ValidateCommand.Create(context),
            QueryCommands.Claims(context),
            QueryCommands.Facts(context),
            QueryCommands.Conflicts(context),
            QueryCommands.Timeline(context),
            ExportCommand.Create(context),
            GraphCommand.Create(context),
        };
        return root;
    }

    /// <summary>Runs a command body: a <see cref="CliException"/> or an I/O failure becomes a message on stderr and its exit code.</summary>
    public static int Execute(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliException e)
        {
            context.Error.WriteLine("alliance: " + e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine("alliance: " + e.Message);
            return ExitCodes.Usage;
        }
    }

    /// <summary>Opens where a command writes its result: the file named by <c>--out</c> (its folder created), else stdout.</summary>
    public static TextWriter OpenOutput(CliContext context, string? path)
    {
        if (path is null)
        {
            return new NonClosingWriter(context.Out);
        }

        if (Directory.Exists(path))
        {
            throw CliException.Usage($"--out '{path}' is a folder; give a file name.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
    }

    public static Option<string?> SeedsOption() => new("--seeds")
    {
        Description = "Work on this seed folder (validated first, refused when it has errors) instead of the bundled dataset.",
        HelpName = "folder",
    };

    public static Option<string?> OutOption() => new("--out", "-o")
    {
        Description = "Write to this file instead of stdout.",
        HelpName = "file",
    };

    public static Option<string> FormatOption(string description, params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = description,
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<DateBound?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy[-mm[-dd]]",
        CustomParser = ParseDate,
    };

    private static DateBound? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Single().Value;
        if (DateBound.TryParse(token, out var bound))
        {
            return bound;
        }

        result.AddError($"'{token}' is not a date for {((OptionResult)result.Parent!).Option.Name}; write yyyy, yyyy-mm or yyyy-mm-dd (2024, 2024-07, 2024-07-28).");
        return null;
    }

    /// <summary>Writes through to another writer without closing it.</summary>
    private sealed class NonClosingWriter : TextWriter
    {
        private readonly TextWriter _inner;

        public NonClosingWriter(TextWriter inner) => _inner = inner;

        public override System.Text.Encoding Encoding => _inner.Encoding;

        public override void Write(char value) => _inner.Write(value);

        public override void Write(string? value) => _inner.Write(value);

        public override void Write(char[] buffer, int index, int count) => _inner.Write(buffer, index, count);

        public override void Flush() => _inner.Flush();

        protected override void Dispose(bool disposing) => _inner.Flush();
    }
}
