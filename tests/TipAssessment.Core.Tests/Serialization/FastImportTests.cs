using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Xunit;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>
/// The one-pass import (<see cref="AssessmentFastImport"/>) against the full path: it must be taken for
/// ordinary documents, decline everything it cannot vouch for, and never change a result.
/// </summary>
public class FastImportTests
{
    private const string RedactionWithK =
        "{ \"redacted\": true, \"redactedOn\": \"2025-07\", \"settings\": { \"k\": ";

    private const string EndOfRedaction = ", \"removed\": [] } }";

    private const string SeventeenDrivers = "[ \"d1\", \"d2\", \"d3\", \"d4\", \"d5\", \"d6\", \"d7\", \"d8\", \"d9\", "
        + "\"d10\", \"d11\", \"d12\", \"d13\", \"d14\", \"d15\", \"d16\", \"d17\" ]";

    private static readonly AssessmentFramework Small = TestFrameworks.Small();

    [Fact]
    public void TryImport_ValidSmallDocument_IsTakenAndGivesTheFullPathsModel()
    {
        var bytes = Utf8(SmallDocuments.Valid().Text());

        var fast = AssessmentFastImport.TryImport(bytes, JsonReadLimits.Default, Small);

        Assert.NotNull(fast);
        AssertSameResult(AssessmentJson.ImportFullPath(bytes, Small), fast!);
        Assert.Equal(3, fast!.Value!.Responses.Length);
        Assert.Equal(2, fast.Value.Informants.Length);
    }

    [Theory]
    [InlineData("minimal.assessment.json", true)]
    [InlineData("seed-example-2018.assessment.json", true)]
    [InlineData("nepal-reconstructed.assessment.json", true)]
    public void TryImport_Samples_IsTakenWithTheSameResult(string file, bool taken)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SampleFiles.Seeds, "samples", file));
        var framework = StandardFramework.Load();

        var fast = AssessmentFastImport.TryImport(bytes, JsonReadLimits.Default, framework);

        Assert.Equal(taken, fast is not null);
        AssertSameResult(AssessmentJson.ImportFullPath(bytes, framework), AssessmentJson.Import(bytes, framework));
    }

    // Each change is written into the text as it stands (escapes kept). Some leave a document the fast path
    // cannot vouch for, valid or not; some leave one it reads. Either way the public import must give the
    // full path's answer.
    [Theory]
    [InlineData("/responses/0/id", "\"r-\\u0031\"", true, false)]
    [InlineData("/responses/0/rating", "2.0", true, false)]
    [InlineData("/responses/0/rating", "1e0", true, false)]
    [InlineData("/responses/0/rating", "0", true, true)]
    [InlineData("/responses/0/rating", "-1", false, false)]
    [InlineData("/responses/0/rating", "5000000000", false, false)]
    [InlineData("/responses/0/rating", "\"Unknown\"", false, false)]
    [InlineData("/responses/0/rating", "\"not-applicable\"", true, true)]
    [InlineData("/responses/0/rating", "\"unkno\\u0077n\"", true, false)]
    [InlineData("/responses/0/extensions", "{ \"org.example.app\": [1, {\"a\": null}] }", true, true)]
    [InlineData("/responses/0/extensions", "{ \"org.example.\\u0061pp\": 1.50, \"b.c\": \"\\u00e9\" }", true, true)]
    [InlineData("/responses/0/extensions", "{ \"org.example.app\": 1, \"org.example.app\": 2 }", false, false)]
    [InlineData("/responses/0/extensions", "{ \"org.example.app\": { \"a\": 1, \"a\": 2 } }", false, false)]
    [InlineData("/responses/0/extensions", "{ \"org.example.app\": \"\\ud800\" }", false, false)]
    [InlineData("/responses/0/extensions", "{}", true, true)]
    [InlineData("/responses/0/extensions", "[]", false, false)]
    [InlineData("/responses/0/extensions", "{ \"Bad\": 1 }", false, false)]
    [InlineData("/responses/0/extensions", "{ \"nodot\": 1 }", false, false)]
    [InlineData("/responses/0/extensions", "{ \"a..b\": 1 }", false, false)]
    [InlineData("/responses/0/notes", "\"\"", false, false)]
    [InlineData("/responses/0/notes", "\"line\\nbreak \\u00e9 \\\"quoted\\\"\"", true, true)]
    [InlineData("/responses/0/notes", "\"half \\ud800 pair\"", false, false)]
    [InlineData("/responses/0/notes", "null", false, false)]
    [InlineData("/responses/0/drivers", "[ \"no-training\", \"no-training\" ]", false, false)]
    [InlineData("/responses/0/drivers", "[ \"no training\" ]", false, false)]
    [InlineData("/responses/0/drivers", "[]", true, true)]
    [InlineData("/responses/0/solutions", "[ {} ]", false, false)]
    [InlineData("/responses/0/solutions", "[ { \"code\": \"training\", \"cost\": 3 } ]", false, false)]
    [InlineData("/responses/0/solutions", "[ { \"text\": \"x\", \"code\": \"training\" } ]", true, true)]
    [InlineData("/responses/0/evidence", "[ \"photo 3\", \"\" ]", false, false)]
    [InlineData("/responses/0/evidence", "[ \"photo 3\" ]", true, true)]
    [InlineData("/responses/0/collectedOn", "\"2025-13-01\"", false, true)] // a well-formed date: rule check
    [InlineData("/responses/0/collectedOn", "\"2025-1-01\"", false, false)]
    [InlineData("/responses/0/deskSource", "\"ds-1\"", false, false)]
    [InlineData("/responses/0/unknownMember", "1", false, false)]
    [InlineData("/responses/1", "[]", false, false)]
    [InlineData("/responses/1", "{ \"id\": \"r-9\" }", false, false)]
    [InlineData("/informants/0/consent", "{ \"given\": true }", false, false)]
    [InlineData("/informants/0/consent", "{ \"given\": true, \"rightToStopExplained\": 1 }", false, false)]
    [InlineData("/informants/0/consent/recordedOn", "\"2025\"", true, true)]
    [InlineData("/informants/0/gender", "\"Female\"", false, false)]
    [InlineData("/informants/0/gender", "\"female\"", true, true)]
    [InlineData("/informants/0/ageBand", "\"65+\"", true, true)]
    [InlineData("/informants/0/extensions", "{ \"org.example.app\": \"x\" }", true, true)]
    [InlineData("/informants/1", "\"V-1\"", false, false)]
    [InlineData("/responses", "{}", false, false)]
    [InlineData("/informants", "null", false, false)]
    [InlineData("/formatVersion", "\"0.9\"", false, false)]
    [InlineData("/kind", "\"tipassessment.framework\"", false, false)]
    [InlineData("/country", "\"np\"", false, false)]
    [InlineData("/country", "\"NP\\n\"", false, false)] // $ ends the string, as in ECMA-262
    [InlineData("/id", "\"a-1\\n\"", false, false)]
    [InlineData("/responses/0/id", "\"r-1\\n\"", false, false)]
    [InlineData("/responses/0/extensions", "{ \"org.example\\n\": 1 }", false, false)]
    [InlineData("/responses/0/drivers", SeventeenDrivers, false, false)]
    [InlineData("/redaction", RedactionWithK + "2.0" + EndOfRedaction, true, true)]
    [InlineData("/redaction", RedactionWithK + "1e1" + EndOfRedaction, true, true)]
    [InlineData("/redaction", RedactionWithK + "5000000000" + EndOfRedaction, false, false)]
    public void Import_ChangedDocument_GivesTheFullPathsResult(
        string pointer,
        string json,
        bool valid,
        bool fastPathTaken)
    {
        var bytes = Utf8(With(SmallDocuments.Valid(), pointer, json));

        var fast = AssessmentFastImport.TryImport(bytes, JsonReadLimits.Default, Small);
        var result = AssessmentJson.Import(bytes, Small);

        Assert.Equal(fastPathTaken, fast is not null);
        Assert.Equal(valid, result.Value is not null);
        AssertSameResult(AssessmentJson.ImportFullPath(bytes, Small), result);
    }

    [Theory]
    [InlineData("2.0", 2)]
    [InlineData("1e1", 10)]
    [InlineData("5", 5)]
    public void Import_RedactionKWrittenAsAnyWholeNumber_IsReadAsThatNumber(string k, int expected)
    {
        var bytes = Utf8(With(SmallDocuments.Valid(), "/redaction",
            RedactionWithK + k + EndOfRedaction));

        var result = AssessmentJson.Import(bytes, Small);

        Assert.Equal(expected, result.Value?.Redaction?.MinimumCellSize);
    }

    [Fact]
    public void Import_RedactionKBeyondAnyInt_IsAProblemAtK()
    {
        var bytes = Utf8(With(SmallDocuments.Valid(), "/redaction",
            RedactionWithK + "5000000000" + EndOfRedaction));

        var result = AssessmentJson.Import(bytes, Small);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.SchemaViolation, problem.Code);
        Assert.Equal("/redaction/settings/k", problem.Pointer);
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData("\"responses\": [], ")]
    [InlineData("\"informants\": [], ")]
    [InlineData("\"id\": \"again\", ")]
    public void Import_RootMemberRepeated_IsLeftToTheFullPath(string repeated)
    {
        var text = SmallDocuments.Valid().Text().Insert(1, repeated);
        var bytes = Utf8(text);

        Assert.Null(AssessmentFastImport.TryImport(bytes, JsonReadLimits.Default, Small));
        var result = AssessmentJson.Import(bytes, Small);
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.DuplicateKey);
        AssertSameResult(AssessmentJson.ImportFullPath(bytes, Small), result);
    }

    [Theory]
    [InlineData(" x")]
    [InlineData(" {}")]
    [InlineData(",")]
    public void Import_TextAfterTheRoot_IsLeftToTheFullPath(string trailing)
    {
        var bytes = Utf8(SmallDocuments.Valid().Text() + trailing);

        Assert.Null(AssessmentFastImport.TryImport(bytes, JsonReadLimits.Default, Small));
        var result = AssessmentJson.Import(bytes, Small);
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.MalformedJson);
        AssertSameResult(AssessmentJson.ImportFullPath(bytes, Small), result);
    }

    [Fact]
    public void TryImport_DepthLimitBelowTheFastPathsMinimum_Declines()
    {
        var bytes = Utf8(SmallDocuments.Valid().Text());
        var limits = new JsonReadLimits(JsonReadLimits.DefaultMaxBytes, AssessmentFastImport.MinimumDepthLimit - 1);

        Assert.Null(AssessmentFastImport.TryImport(bytes, limits, Small));
        Assert.NotNull(AssessmentFastImport.TryImport(bytes, limits with { MaxDepth = 8 }, Small));
    }

    [Fact]
    public void Import_AtTheSmallestDepthLimit_GivesTheFullPathsResult()
    {
        var document = SmallDocuments.Valid();
        Set(document, "/responses/0/extensions", JsonNode.Parse("{ \"org.example.app\": [[[[[[1]]]]]] }"));
        var bytes = Utf8(document.Text());
        var options = new AssessmentImportOptions { MaxDepth = 8 };

        var result = AssessmentJson.Import(bytes, Small, options);

        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.TooDeep);
        AssertSameResult(AssessmentJson.ImportFullPath(bytes, Small, options), result);
    }

    [Fact]
    public void Import_ResponsesWithSemanticProblems_AreReportedTheSameWay()
    {
        var document = SmallDocuments.Valid();
        Set(document, "/responses/0/informant", JsonValue.Create("P-404"));
        Set(document, "/responses/1/question", JsonValue.Create("t.nope"));
        Set(document, "/responses/2/id", JsonValue.Create("r-1"));
        var bytes = Utf8(document.Text());

        var fast = AssessmentFastImport.TryImport(bytes, JsonReadLimits.Default, Small);

        Assert.NotNull(fast); // structure is fine: the meaning checks run on the model either way
        Assert.Null(fast!.Value);
        Assert.Equal(
            new[] { ProblemCodes.UnknownInformant, ProblemCodes.UnknownQuestion, ProblemCodes.DuplicateId }
                .OrderBy(c => c),
            fast.Problems.Select(p => p.Code).Distinct().OrderBy(c => c));
        AssertSameResult(AssessmentJson.ImportFullPath(bytes, Small), fast);
    }

    [Fact]
    public void Import_ManyUnknownDrivers_ListTheCatalogueOnlyInTheFirstTen()
    {
        var drivers = string.Join(", ", Enumerable.Range(1, 12).Select(n => $"\"nope-{n}\""));
        var bytes = Utf8(With(SmallDocuments.Valid(), "/responses/0/drivers", "[ " + drivers + " ]"));

        var problems = AssessmentJson.Import(bytes, Small).Problems
            .Where(p => p.Code == ProblemCodes.UnknownDriver)
            .OrderBy(p => int.Parse(p.Pointer.Split('/').Last()))
            .ToList();

        Assert.Equal(12, problems.Count);
        Assert.All(problems.Take(10), p => Assert.Contains("Known drivers: no-training", p.Message));
        Assert.All(problems.Skip(10), p => Assert.EndsWith(
            "The known drivers are listed with the unknown one at /responses/0/drivers/0.", p.Message));
    }

    [Property(Arbitrary = new[] { typeof(AssessmentGenerators) }, MaxTest = 200)]
    public void Import_GeneratedAssessment_TakesTheFastPathWithTheSameResult(Assessment original, bool indented)
    {
        var bytes = AssessmentJson.ExportUtf8(original, new AssessmentExportOptions { Indented = indented });

        var fast = AssessmentFastImport.TryImport(bytes, JsonReadLimits.Default, Small);

        Assert.NotNull(fast);
        AssertSameResult(AssessmentJson.ImportFullPath(bytes, Small), fast!);
        Assert.Null(DeepEquality.FirstDifference(original, fast!.Value));
    }

    // Damage anywhere in a valid document (a byte replaced, removed or repeated) must give the same
    // problems, and the same model or none, whichever path reads it.
    [Property(Arbitrary = new[] { typeof(AssessmentGenerators) }, MaxTest = 300)]
    public void Import_DamagedDocument_GivesTheSameResultAsTheFullPath(
        Assessment original,
        PositiveInt where,
        byte replacement,
        int how)
    {
        var bytes = AssessmentJson.ExportUtf8(original).ToList();
        var at = where.Get % bytes.Count;
        switch (Math.Abs(how % 3))
        {
            case 0:
                bytes[at] = Damage[replacement % Damage.Length];
                break;
            case 1:
                bytes.RemoveAt(at);
                break;
            default:
                bytes.Insert(at, bytes[at]);
                break;
        }

        var damaged = bytes.ToArray();
        AssertSameResult(AssessmentJson.ImportFullPath(damaged, Small), AssessmentJson.Import(damaged, Small));
    }

    [Fact]
    public void Import_Stream_ReadsFromItsPositionToItsEnd()
    {
        var prefix = Utf8("garbage");
        var document = Utf8(SmallDocuments.Valid().Text());
        using var stream = new MemoryStream(prefix.Concat(document).ToArray());
        stream.Position = prefix.Length;

        var result = AssessmentJson.Import(stream, Small);

        Assert.NotNull(result.Value);
        Assert.Equal(stream.Length, stream.Position);
    }

    // Bytes that break JSON, ids, enums, numbers and escapes in different ways.
    private static readonly byte[] Damage =
        Encoding.ASCII.GetBytes("{}[]\",:\\ 0-.eE9x\u007f").Append((byte)0xC3).ToArray();

    private static void AssertSameResult(ImportResult<Assessment> expected, ImportResult<Assessment> actual)
    {
        Assert.Equal(expected.Problems.Select(Describe), actual.Problems.Select(Describe));
        Assert.Equal(expected.Value is null, actual.Value is null);
        if (expected.Value is not null)
        {
            Assert.Equal(AssessmentJson.ExportUtf8(expected.Value), AssessmentJson.ExportUtf8(actual.Value!));
        }
    }

    private static string Describe(Problem p) =>
        $"{p.Severity} {p.Code} {p.Pointer} {p.Line}:{p.Position} {p.Message}";

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    // The document's text with the value at the pointer replaced by raw JSON text, escapes as written.
    private static string With(JsonObject document, string pointer, string rawJson)
    {
        const string Marker = "@@value@@";
        Set(document, pointer, JsonValue.Create(Marker));
        return document.Text().Replace("\"" + Marker + "\"", rawJson);
    }

    private static void Set(JsonObject document, string pointer, JsonNode? value)
    {
        var parts = pointer.TrimStart('/').Split('/');
        JsonNode node = document;
        foreach (var part in parts.Take(parts.Length - 1))
        {
            node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
        }

        var last = parts[^1];
        if (int.TryParse(last, out var i))
        {
            node.AsArray()[i] = value;
        }
        else
        {
            node.AsObject()[last] = value;
        }
    }
}
