using System.CommandLine;
using TipAssessment.Framework;
using TipAssessment.Reports;
using TipAssessment.Serialization;

namespace TipAssessment.Cli;

/// <summary><c>framework</c>: prints the framework in use (standard or <c>--framework</c>) with its counts
/// and questions.</summary>
internal static class FrameworkCommand
{
    public static Command Create(Option<string?> frameworkOption, CliConsole console)
    {
        var format = CommonOptions.Format(
            "markdown (a document to review) or json (the framework document, translated when " +
            "--language is given).",
            "markdown", "json");
        var language = CommonOptions.Language();
        var command = new Command("framework", "Print the framework in use, with its counts and questions.");
        command.Options.Add(format);
        command.Options.Add(language);
        command.SetAction(parsed =>
        {
            var framework = Documents.LoadFramework(parsed.GetValue(frameworkOption), console);
            var options = LanguageChoice.Options(framework, parsed.GetValue(language), console);
            var translated = options.Language is null ? framework : framework.Translate(options.Language);
            var text = parsed.GetValue(format) == "json"
                ? FrameworkJson.Export(translated)
                : FrameworkReport.Markdown(framework, options);
            console.WriteResult(text, null);
            return ExitCodes.Ok;
        });
        return command;
    }
}
