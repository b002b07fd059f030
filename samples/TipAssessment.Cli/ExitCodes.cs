using System;

namespace TipAssessment.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Done; the document is valid (warnings may have been printed).</summary>
    public const int Ok = 0;

    /// <summary>A document is invalid: empty, not UTF-8, malformed JSON, or against the format's
    /// rules.</summary>
    public const int InvalidDocument = 1;

    /// <summary>Bad arguments, or a path that cannot be opened or written.</summary>
    public const int BadArguments = 2;
}

/// <summary>Stops a command with one message for the user and an exit code.</summary>
internal sealed class CliFailure : Exception
{
    public CliFailure(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    public int ExitCode { get; }

    public static CliFailure BadArguments(string message) => new(ExitCodes.BadArguments, message);

    public static CliFailure Invalid(string message) => new(ExitCodes.InvalidDocument, message);
}
