using System.CommandLine;
using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Reports;

namespace TipAssessment.Cli;

/// <summary>
/// <c>guide [&lt;framework-or-assessment&gt;] --informant-type &lt;type&gt;</c>: the interview guide for one
/// informant type; for victims, only the questions safe to put to them, with the do-no-harm reminders.
/// </summary>
internal static class GuideCommand
{
    public static Command Create(Option<string?> frameworkOption, CliConsole console)
    {
        var file = new Argument<string?>("framework-or-assessment")
        {
            Description = "A framework document to take the questions from, or an assessment whose " +
                "informants of this type the guide lists. The framework in use when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var type = new Option<string>("--informant-type")
        {
            Description = "The informant type to interview, such as law-enforcement or victim.",
            HelpName = "type",
            Required = true,
        };
        var format = CommonOptions.Format(
            "markdown (to print) or json (for a data-collection tool).", "markdown", "json");
        var language = CommonOptions.Language();
        var command = new Command("guide", "Print the interview guide for one informant type.");
        command.Arguments.Add(file);
        command.Options.Add(type);
        command.Options.Add(format);
        command.Options.Add(language);
        command.SetAction(parsed =>
        {
            var (framework, assessment) =
                Sources(parsed.GetValue(file), parsed.GetValue(frameworkOption), console);
            var typeId = parsed.GetValue(type)!;
            if (framework.FindInformantType(typeId) is null)
            {
                throw CliFailure.BadArguments($"there is no informant type '{typeId}'; choose from: " +
                    string.Join(", ", framework.InformantTypes.Select(t => t.Id)) + ".");
            }

            var options = LanguageChoice.Options(framework, parsed.GetValue(language), console);
            console.WriteResult(parsed.GetValue(format) == "json"
                ? InterviewGuide.Json(framework, typeId, assessment, options)
                : InterviewGuide.Markdown(framework, typeId, assessment, options), null);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The framework and, when the file is an assessment, the assessment.</summary>
    private static (AssessmentFramework Framework, Assessment? Assessment) Sources(
        string? path,
        string? frameworkPath,
        CliConsole console)
    {
        if (path is null)
        {
            return (Documents.LoadFramework(frameworkPath, console), null);
        }

        var bytes = Documents.Read(path);
        if (Documents.KindOf(bytes) == DocumentKind.Framework)
        {
            if (frameworkPath is not null)
            {
                throw CliFailure.BadArguments(
                    "give the framework either as the file or with --framework, not both.");
            }

            return (Documents.LoadFramework(path, console), null);
        }

        var framework = Documents.LoadFramework(frameworkPath, console);
        return (framework, Documents.LoadAssessment(path, framework, console));
    }
}
