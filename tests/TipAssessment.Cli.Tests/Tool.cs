using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace TipAssessment.Cli.Tests;

/// <summary>What one run of the tool gave.</summary>
public sealed record ToolRun(int ExitCode, string Stdout, string Stderr, byte[] StdoutBytes);

/// <summary>
/// Runs the built tool as a user does (<c>dotnet TipAssessment.Cli.dll ...</c>) in a child process. Runs of
/// the same arguments are made once per test run and shared, to keep the suite fast.
/// </summary>
public static class Tool
{
    private static readonly ConcurrentDictionary<string, Lazy<ToolRun>> Cache = new(StringComparer.Ordinal);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "TipAssessment.Cli.dll");

    /// <summary>Runs the tool, or returns the shared result of an earlier run with the same
    /// arguments.</summary>
    public static ToolRun Cached(params string[] args) =>
        Cache.GetOrAdd(string.Join("\u0001", args), _ => new Lazy<ToolRun>(() => Run(args))).Value;

    /// <summary>Runs the tool in a fresh process.</summary>
    public static ToolRun Run(params string[] args) => Run(null, args);

    /// <summary>Runs the tool in a fresh process with extra environment variables.</summary>
    public static ToolRun Run(string[]? environment, params string[] args) =>
        Run(new ProcessStartInfo(DotnetHost()), environment, args);

    /// <summary>Unix only: runs the tool through <c>sh</c> with files it writes limited to
    /// <paramref name="blocks"/> blocks (ulimit -f), and with SIGXFSZ ignored, so that writing more fails
    /// with an error the tool sees instead of killing it.</summary>
    public static ToolRun RunWithFileSizeLimit(int blocks, params string[] args)
    {
        var start = new ProcessStartInfo("/bin/sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"trap '' XFSZ; ulimit -f {blocks}; exec \"$0\" \"$@\"");
        start.ArgumentList.Add(DotnetHost());
        // The runtime's W^X double mapping writes a file of its own: keep it out of the limit.
        return Run(start, new[] { "DOTNET_EnableWriteXorExecute", "0" }, args);
    }

    private static ToolRun Run(ProcessStartInfo start, string[]? environment, string[] args)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        start.StandardErrorEncoding = new UTF8Encoding(false);
        start.WorkingDirectory = AppContext.BaseDirectory;
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        for (var i = 0; environment is not null && i + 1 < environment.Length; i += 2)
        {
            start.Environment[environment[i]] = environment[i + 1];
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tipassess {string.Join(" ", args)} ran for more than 2 minutes.");
        }

        Task.WaitAll(copy, stderr);
        var bytes = stdout.ToArray();
        return new ToolRun(process.ExitCode, new UTF8Encoding(false).GetString(bytes), stderr.Result, bytes);
    }

    /// <summary>The dotnet host running the tests, so the tool runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        var path = Environment.ProcessPath;
        return path is not null && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
    }
}
