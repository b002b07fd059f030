using System.CommandLine;
using System.Linq;
using TipAssessment.Problems;

namespace TipAssessment.Cli;

/// <summary>
/// <c>validate &lt;file&gt;</c>: checks a framework or assessment document (told apart by its <c>kind</c>)
/// and
/// prints every problem, with its JSON Pointer or its line and position.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(Option<string?> frameworkOption, CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "The framework or assessment document to check.",
        };
        var command = new Command(
            "validate",
            "Check a framework or assessment document (told apart by its kind) and print every problem " +
            "with its JSON Pointer, or line and position for malformed JSON. Exit 0 valid, 1 invalid, " +
            "2 unopenable.");
        command.Arguments.Add(file);
        command.SetAction(parsed => Run(parsed.GetValue(file)!, parsed.GetValue(frameworkOption), console));
        return command;
    }

    private static int Run(string path, string? frameworkPath, CliConsole console)
    {
        var bytes = Documents.Read(path);
        var kind = Documents.KindOf(bytes);
        var problems = kind == DocumentKind.Framework
            ? Documents.ImportFramework(path, bytes).Problems
            : Documents.ImportAssessment(
                path, bytes, Documents.LoadFramework(frameworkPath, console)).Problems;
        Documents.PrintProblems(path, problems, console.Out);
        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = problems.Length - errors;
        var what = kind == DocumentKind.Framework ? "framework" : "assessment";
        console.Out.WriteLine(errors == 0
            ? $"{path}: valid {what} document ({Plural(warnings, "warning")})."
            : $"{path}: invalid ({Plural(errors, "error")}, {Plural(warnings, "warning")}).");
        return errors == 0 ? ExitCodes.Ok : ExitCodes.InvalidDocument;
    }

    private static string Plural(int n, string word) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + word
        + (n == 1 ? string.Empty : "s");
}
