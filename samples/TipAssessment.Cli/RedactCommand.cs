using System.CommandLine;
using System.Globalization;
using TipAssessment.Redaction;
using TipAssessment.Serialization;

namespace TipAssessment.Cli;

/// <summary>
/// <c>redact &lt;assessment&gt;</c>: writes a shareable copy of an assessment (notes and findings' words
/// removed, new random informant codes, dates to the month). Assessments only: an analysis is shared with
/// <c>analyze --shareable</c>.
/// </summary>
internal static class RedactCommand
{
    public static Command Create(Option<string?> frameworkOption, CliConsole console)
    {
        var file = new Argument<string>("assessment") { Description = "The assessment document." };
        var k = KOption();
        var output = new Option<string?>("--out")
        {
            Description = "Write to this file instead of standard output.",
            HelpName = "file",
        };
        var command = new Command(
            "redact",
            "Write a shareable copy of an assessment: notes, findings' words, free-text proposals and " +
            "evidence references removed, informant codes replaced by new random ones, dates to the month.");
        command.Arguments.Add(file);
        command.Options.Add(k);
        command.Options.Add(output);
        command.SetAction(parsed =>
        {
            var framework = Documents.LoadFramework(parsed.GetValue(frameworkOption), console);
            var path = parsed.GetValue(file)!;
            var assessment = Documents.LoadAssessment(path, framework, console);
            if (assessment.Redaction is not null)
            {
                throw CliFailure.Invalid($"{path} is already a redacted copy; share it as it is.");
            }

            var options = new RedactionOptions { MinimumCellSize = parsed.GetValue(k) };
            var redacted = AssessmentRedactor.Redact(assessment, options);
            console.WriteResult(AssessmentJson.Export(redacted), parsed.GetValue(output));
            var informants = assessment.Informants.Length - redacted.Informants.Length;
            if (informants > 0)
            {
                // Said whether or not progress is shown: the copy holds less than the original.
                var responses = assessment.Responses.Length - redacted.Responses.Length;
                console.Error(string.Create(
                    CultureInfo.InvariantCulture,
                    $"tipassess: left out {Plural(informants, "informant")} whose consent is not recorded " +
                    $"as given, with {Plural(responses, "response")}: a shared copy never carries them."));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The k of small-cell suppression, checked to be at least 1.</summary>
    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    public static Option<int> KOption()
    {
        var k = new Option<int>("--k")
        {
            Description = "The smallest number of informants a shared figure may rest on (default 5).",
            DefaultValueFactory = _ => RedactionOptions.DefaultMinimumCellSize,
            HelpName = "N",
        };
        k.Validators.Add(result =>
        {
            // Read the token itself: asking the parser for an int throws when the text is not one.
            var text = result.Tokens.Count == 0 ? null : result.Tokens[result.Tokens.Count - 1].Value;
            var number = NumberStyles.Integer;
            if (text is not null
                && (!int.TryParse(text, number, CultureInfo.InvariantCulture, out var value) || value < 1))
            {
                result.AddError($"--k must be a whole number of at least 1 (\"{text}\" is not).");
            }
        });
        return k;
    }
}
