using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Serialization;

namespace TipAssessment.Cli;

/// <summary>What a JSON document says it is, by its <c>kind</c>.</summary>
internal enum DocumentKind
{
    /// <summary>An assessment, or a document that names no kind we know (the assessment importer says
    /// why).</summary>
    Assessment,

    /// <summary>A framework document.</summary>
    Framework,
}

/// <summary>
/// Opens the documents the tool is given. A path that cannot be opened is a bad argument (exit 2); a document
/// that opens but is empty, not UTF-8, malformed or against the rules is invalid (exit 1), and its problems
/// are printed with their JSON Pointers, or line and position.
/// </summary>
internal static class Documents
{
    public static AssessmentFramework LoadFramework(string? path, CliConsole console)
    {
        if (path is null)
        {
            return StandardFramework.Load();
        }

        var result = ImportFramework(path, Read(path));
        PrintProblems(path, result.Problems, console.Err);
        return result.Value ?? throw Invalid("framework", path);
    }

    public static Assessment LoadAssessment(string path, AssessmentFramework framework, CliConsole console)
    {
        var result = ImportAssessment(path, Read(path), framework);
        PrintProblems(path, result.Problems, console.Err);
        return result.Value ?? throw Invalid("assessment", path);
    }

    /// <summary>Reads a file whole; a missing or unreadable file is a bad argument.</summary>
    public static byte[] Read(string path)
    {
        OutputGuard.RememberInput(path);
        if (Directory.Exists(path))
        {
            throw CliFailure.BadArguments($"\"{path}\" is a directory, not a document.");
        }

        if (!File.Exists(path))
        {
            throw CliFailure.BadArguments($"cannot open \"{path}\": there is no such file.");
        }

        try
        {
            // Larger files are left to the importers' size check, which refuses them without reading.
            return new FileInfo(path).Length > AssessmentImportOptions.Default.MaxBytes
                ? Array.Empty<byte>()
                : File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw CliFailure.BadArguments($"cannot open \"{path}\": {e.Message}");
        }
    }

    /// <summary>The kind a document names; anything unreadable counts as an assessment, whose importer
    /// reports why.</summary>
    public static DocumentKind KindOf(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("kind", out var kind)
                && kind.ValueKind == JsonValueKind.String
                && kind.GetString() == "tipassessment.framework"
                    ? DocumentKind.Framework
                    : DocumentKind.Assessment;
        }
        catch (JsonException)
        {
            return DocumentKind.Assessment;
        }
    }

    public static ImportResult<AssessmentFramework> ImportFramework(string path, byte[] bytes) =>
        Unreadable(path, bytes.Length == 0
            ? FrameworkJson.ImportFile(path)
            : FrameworkJson.Import(new MemoryStream(bytes)));

    public static ImportResult<Assessment> ImportAssessment(
        string path,
        byte[] bytes,
        AssessmentFramework framework) =>
        Unreadable(path, bytes.Length == 0
            ? AssessmentJson.ImportFile(path, framework)
            : AssessmentJson.Import(new MemoryStream(bytes), framework));

    public static void PrintProblems(string path, IEnumerable<Problem> problems, TextWriter writer)
    {
        foreach (var problem in problems)
        {
            writer.WriteLine($"{path}: {ForTheTool(problem)}");
        }
    }

    /// <summary>The library's size and depth messages advise raising an import option, which the tool does
    /// not offer: say what the tool accepts instead.</summary>
    private static Problem ForTheTool(Problem problem)
    {
        var limits = AssessmentImportOptions.Default;
        var message = problem.Code switch
        {
            ProblemCodes.TooLarge => "The file is larger than tipassess accepts " +
                $"({limits.MaxBytes / (1024 * 1024)} MiB) and was not read; split it into smaller documents.",
            ProblemCodes.TooDeep => "Objects and arrays nest deeper than tipassess accepts " +
                $"({limits.MaxDepth} levels) here; real documents need far fewer, so the file was not read " +
                "further.",
            _ => null,
        };
        return message is null
            ? problem
            : new Problem(problem.Severity, problem.Code, problem.Pointer, message)
            {
                Line = problem.Line,
                Position = problem.Position,
            };
    }

    /// <summary>A file that vanished or locked up between the checks and the read is still a bad
    /// argument.</summary>
    private static ImportResult<T> Unreadable<T>(string path, ImportResult<T> result)
        where T : class
    {
        var unreadable = result.Problems.FirstOrDefault(p => p.Code == ProblemCodes.Unreadable);
        return unreadable is null
            ? result
            : throw CliFailure.BadArguments($"cannot open \"{path}\": {unreadable.Message}");
    }

    private static CliFailure Invalid(string what, string path) =>
        CliFailure.Invalid($"the {what} \"{path}\" is invalid; see the problems above.");
}
