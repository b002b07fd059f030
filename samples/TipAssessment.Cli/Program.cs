using System;
using System.IO;

namespace TipAssessment.Cli;

/// <summary>The entry point: runs the tool, and turns anything unexpected into one message and exit code
/// 2.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var console = CliConsole.Create();
        try
        {
            return CliApp.Run(args, console);
        }
        catch (CliFailure failure)
        {
            console.Error("tipassess: " + failure.Message);
            return failure.ExitCode;
        }
        catch (IOException e)
        {
            // Writing the output failed (a full disk, a closed pipe): the user's environment, not a bug.
            console.Error("tipassess: could not write the output: " + e.Message);
            return ExitCodes.BadArguments;
        }
        catch (Exception e)
        {
            // Never a stack trace for a user, but a bug must not pass for a user error either.
            console.Error($"tipassess: this is a bug in tipassess ({e.GetType().Name}: {e.Message}). " +
                "Please report it with the command you ran; set TIPASSESS_DEBUG=1 to see the details.");
            if (Environment.GetEnvironmentVariable("TIPASSESS_DEBUG") == "1")
            {
                console.Error(e.ToString());
            }

            return ExitCodes.BadArguments;
        }
    }
}
