using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>
/// Every bad document in <c>invalid-documents/</c>, run against the standard framework: each returns
/// exactly the problems (severity, code, pointer) its <c>.expected.json</c> lists, and a model only when
/// none of them is an error.
/// </summary>
public class InvalidDocumentCorpusTests
{
    private static readonly string Folder =
        Path.Combine(AppContext.BaseDirectory, "Serialization", "invalid-documents");

    public static IEnumerable<object[]> Documents() =>
        Directory.GetFiles(Folder, "*.json")
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal))
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) })
            .OrderBy(a => (string)a[0], StringComparer.Ordinal);

    [Fact]
    public void Corpus_HasAtLeastFortyDocumentsEachWithAnExpectation()
    {
        var names = Documents().Select(a => (string)a[0]).ToList();

        Assert.True(names.Count >= 40, $"only {names.Count} documents");
        Assert.All(names, n => Assert.True(File.Exists(ExpectedPath(n)), n + " has no expectation"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ImportFile_BadDocument_ReturnsExactlyTheExpectedProblems(string name)
    {
        var expected = Expected(name);
        var path = Path.Combine(Folder, name + ".json");

        var result = AssessmentJson.ImportFile(path, StandardFramework.Load());

        var actual = result.Problems.Select(p => (Severity(p), p.Code, p.Pointer)).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.All(e => e.Severity == "warning"), result.Succeeded);
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Import_SameBadDocumentAsStream_GivesTheSameProblemsAsFromAFile(string name)
    {
        var path = Path.Combine(Folder, name + ".json");
        using var stream = new MemoryStream(File.ReadAllBytes(path));

        var fromStream = AssessmentJson.Import(stream, StandardFramework.Load());

        var fromFile = AssessmentJson.ImportFile(path, StandardFramework.Load());
        Assert.Equal(fromFile.Problems.ToArray(), fromStream.Problems.ToArray());
    }

    private static string ExpectedPath(string name) => Path.Combine(Folder, name + ".expected.json");

    private static List<(string Severity, string Code, string Pointer)> Expected(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(ExpectedPath(name)));
        return document.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("severity").GetString()!, p.GetProperty("code").GetString()!,
                p.GetProperty("pointer").GetString()!))
            .ToList();
    }

    private static string Severity(Problem p) => p.Severity == ProblemSeverity.Error ? "error" : "warning";
}
