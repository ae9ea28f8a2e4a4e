using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace AllianceData.Package.Tests.Infrastructure;

/// <summary>The outcome of a child process: its command line, exit code and interleaved output.</summary>
public sealed record ProcessResult(string Command, string WorkingDirectory, int ExitCode, string Output, TimeSpan Duration, bool TimedOut)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>What an assertion message shows: the command, where it ran, how it ended and everything it printed.</summary>
    public string Describe() =>
        $"$ {Command}\n  (in {WorkingDirectory}; exit code {ExitCode}{(TimedOut ? ", timed out" : string.Empty)}, {Duration.TotalSeconds:F1} s)\n{Output}";

    /// <summary>The distinct output lines that are MSBuild errors or warnings ("file(line,col): error CODE: ...").</summary>
    public IReadOnlyList<string> Lines(string kind) => Output
        .Split('\n')
        .Select(line => line.TrimEnd('\r').Trim())
        .Where(line => line.Contains($": {kind} ", StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)
        .ToList();
}

/// <summary>Runs child processes with a timeout, capturing their output.</summary>
public static class ProcessRunner
{
    /// <summary>The dotnet host that runs these tests (set by the dotnet CLI), else the one on PATH.</summary>
    public static string DotNet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>
    /// Runs dotnet. Build servers and node reuse are off: a node or compiler server that outlived the
    /// build would keep the output pipes open, and stay behind after the tests. Variables that an outer
    /// MSBuild (dotnet test) sets for its own children are removed, so the child is a fresh CLI.
    /// </summary>
    public static ProcessResult DotNetCommand(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["UseSharedCompilation"] = "false",
            ["MSBUILDTERMINALLOGGER"] = "off",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            env[name] = value;
        }

        return Run(DotNet, workingDirectory, timeout, env, arguments);
    }

    public static ProcessResult Run(string fileName, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        var command = fileName + " " + string.Join(" ", arguments.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
        var output = new StringBuilder();
        var outputClosed = new TaskCompletionSource();
        var errorClosed = new TaskCompletionSource();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data, outputClosed);
        process.ErrorDataReceived += (_, e) => Append(e.Data, errorClosed);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExit(timeout);
        if (!exited)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended meanwhile.
            }

            process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        // The output is complete when both pipes close; a stray grandchild holding them must not hang the tests.
        Task.WhenAll(outputClosed.Task, errorClosed.Task).Wait(TimeSpan.FromSeconds(30));
        watch.Stop();
        lock (output)
        {
            return new ProcessResult(command, workingDirectory, exited ? process.ExitCode : -1, output.ToString(), watch.Elapsed, !exited);
        }

        void Append(string? line, TaskCompletionSource closed)
        {
            if (line is null)
            {
                closed.TrySetResult();
                return;
            }

            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }
}
