using System;
using System.IO;
using System.Text;
using AllianceData.Cli.Commands;

namespace AllianceData.Cli;

/// <summary>The <c>alliance</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Process entry point: runs the tool on the console.</summary>
    public static int Main(string[] args)
    {
        // UTF-8 everywhere: quotes, dashes and Japanese names must survive a pipe on any OS.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>
    /// Runs the tool in-process with the given output streams, as <c>alliance args...</c> would:
    /// results go to <paramref name="stdout"/>, errors to <paramref name="stderr"/>.
    /// </summary>
    /// <returns>0 on success; 1 when the data has errors (seed diagnostics); 2 when the command line is wrong (bad option, missing folder, unknown entity).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var isTerminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var context = new CliContext(stdout, stderr, isTerminal);
        return CommandLineApp.Run(args, context);
    }
}
