using System;
using System.IO;
using Spectre.Console;

namespace AllianceData.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, problems to <see cref="Error"/>.</summary>
internal sealed class CliContext
{
    /// <summary>Table width when the output is not a terminal (a file, a pipe, a test).</summary>
    public const int RedirectedWidth = 160;

    private IAnsiConsole? _console;

    public CliContext(TextWriter output, TextWriter error, bool isTerminal)
    {
        Out = output;
        Error = error;
        IsTerminal = isTerminal;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Whether <see cref="Out"/> is an interactive terminal: colours and progress bars only then.</summary>
    public bool IsTerminal { get; }

    /// <summary>A Spectre console over <see cref="Out"/>: ANSI and colour on a terminal, plain text elsewhere.</summary>
    public IAnsiConsole Console => _console ??= CreateConsole();

    private IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!IsTerminal)
        {
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 40 ? columns : RedirectedWidth;
        }

        return console;
    }
}

/// <summary>A problem the user can fix: its message goes to stderr and the process exits with <see cref="ExitCode"/>.</summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    public int ExitCode { get; }

    /// <summary>The command line asks for something that does not exist or cannot be done (exit code 2).</summary>
    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    /// <summary>The data has errors (exit code 1).</summary>
    public static CliException DataErrors(string message) => new(ExitCodes.DataErrors, message);
}

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The seeds have errors (or, for <c>validate</c>, any error diagnostic).</summary>
    public const int DataErrors = 1;

    /// <summary>Bad command line: unknown option, bad value, missing folder or file, unknown entity.</summary>
    public const int Usage = 2;
}
