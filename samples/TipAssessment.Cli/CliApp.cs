using System;
using System.Collections.Generic;
using System.IO;
using System.CommandLine;
using System.CommandLine.Help;
using System.Linq;

namespace TipAssessment.Cli;

/// <summary>Builds the command line (verbs, arguments, options) and runs it.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var framework = new Option<string?>("--framework")
        {
            Description = "A framework document (a tailored framework) to use instead of the standard one.",
            HelpName = "file",
            Recursive = true,
        };
        // A plain command named tipassess, not RootCommand, whose usage line would show the assembly's name.
        var root = new Command(
            "tipassess",
            "Validates TIP needs-assessment documents, scores an assessment and writes its gap-analysis " +
            "chart, prints interview guides, and writes redacted copies fit to share. Exit codes: 0 done " +
            "or valid, 1 invalid document, 2 bad arguments or a path that cannot be opened.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(framework);
        root.Subcommands.Add(ValidateCommand.Create(framework, console));
        root.Subcommands.Add(AnalyzeCommand.Create(framework, console));
        root.Subcommands.Add(FrameworkCommand.Create(framework, console));
        root.Subcommands.Add(GuideCommand.Create(framework, console));
        root.Subcommands.Add(RedactCommand.Create(framework, console));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !ShowsHelp(args))
        {
            foreach (var message in ErrorMessages(parsed, root))
            {
                console.Error("tipassess: " + message);
            }

            console.Error("Run 'tipassess --help' (or 'tipassess <verb> --help') to see the usage.");
            return ExitCodes.BadArguments;
        }

        var help = parsed.Action is HelpAction ? new StringWriter { NewLine = "\n" } : null;
        var configuration = new InvocationConfiguration
        {
            Output = help ?? console.Out,
            Error = console.Err,
            EnableDefaultExceptionHandler = false,
        };
        var exitCode = parsed.Invoke(configuration);
        if (help is not null)
        {
            console.Out.Write(OptionalArgumentsBracketed(help.ToString(), parsed.CommandResult.Command));
        }

        return exitCode;
    }

    /// <summary>The help lists every argument as &lt;name&gt;, which reads as required; an optional one is
    /// shown as [name] instead (the same width, so the columns stay aligned).</summary>
    private static string OptionalArgumentsBracketed(string help, Command command)
    {
        foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues == 0))
        {
            help = help.Replace($"\n  <{argument.Name}>", $"\n  [{argument.Name}]", StringComparison.Ordinal);
        }

        return help;
    }

    /// <summary>One message per mistake: System.CommandLine reports an unknown verb twice (no command was
    /// given, and a token was not matched), which reads as two mistakes.</summary>
    private static IEnumerable<string> ErrorMessages(ParseResult parsed, Command root)
    {
        if (parsed.CommandResult.Command != root || parsed.UnmatchedTokens.Count == 0)
        {
            return parsed.Errors.Select(e => e.Message);
        }

        var token = parsed.UnmatchedTokens[0];
        var verbs = string.Join(", ", root.Subcommands.Select(c => c.Name));
        return new[]
        {
            token.StartsWith("-", StringComparison.Ordinal)
                ? $"unknown option '{token}' before any verb; choose a verb from: {verbs}."
                : $"unknown verb '{token}'; choose from: {verbs}.",
        };
    }

    /// <summary>Help wins over other errors, as users expect from "tipassess analyze --help".</summary>
    private static bool ShowsHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "-?");
}
