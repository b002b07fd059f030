using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace TipAssessment.DependencyInjection.Tests;

/// <summary>Runs the dotnet CLI to completion with a time limit, capturing both output streams.</summary>
internal static class DotnetProcess
{
    public static (int ExitCode, string Output) Run(
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan limit,
        params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in environment)
        {
            start.Environment[variable.Key] = variable.Value;
        }

        return Wait(Process.Start(start)!, limit, string.Join(" ", arguments));
    }

    private static (int ExitCode, string Output) Wait(Process process, TimeSpan limit, string command)
    {
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using (process)
        {
            if (!process.WaitForExit((int)limit.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {command} took longer than {limit}:\n{output}");
            }

            process.WaitForExit();
            return (process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
