using System;
using System.Linq;
using System.Text.Json.Nodes;
using TipAssessment.Assessments;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>The meaning checks against a framework built in code, one rule at a time.</summary>
public class AssessmentImportRulesTests
{
    [Fact]
    public void Import_ValidDocument_ReturnsTheModelWithoutProblems()
    {
        var result = Import(SmallDocuments.Valid());

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Value!.Responses.Length);
        Assert.Equal(Rating.AtLevel(2), result.Value.Responses[0].Rating);
        Assert.Equal(Rating.Unknown, result.Value.Responses[1].Rating);
    }

    [Fact]
    public void Import_RatingAboveTheFrameworksScale_IsOffScale()
    {
        var document = SmallDocuments.Valid();
        document["responses"]![0]!["rating"] = TestFrameworks.Small().RatingScale.MaxLevel + 1;

        var problem = Assert.Single(Import(document).Problems);

        Assert.Equal(ProblemCodes.RatingOffScale, problem.Code);
        Assert.Equal("/responses/0/rating", problem.Pointer);
    }

    [Theory]
    [InlineData("2.0", 2)]
    [InlineData("2e0", 2)]
    [InlineData("0.0", 0)]
    [InlineData("0.2e1", 2)]
    [InlineData("20e-1", 2)]
    [InlineData("-0.0", 0)]
    [InlineData("3.000000000000000000000000000000000", 3)]
    public void Import_RatingWithZeroFraction_IsThatLevel(string number, int level)
    {
        var document = SmallDocuments.Valid();
        document["responses"]![0]!["rating"] = JsonNode.Parse(number);

        Assert.Equal(Rating.AtLevel(level), Import(document).Value!.Responses[0].Rating);
    }

    // Fractions that double or decimal would round away: a rating must be whole as written.
    [Theory]
    [InlineData("1e-400")]
    [InlineData("1.0000000000000000000000000000001")]
    [InlineData("2.5e0")]
    [InlineData("25e-1")]
    public void Import_RatingWithAnyFraction_IsOffScale(string number)
    {
        var document = SmallDocuments.Valid();
        document["responses"]![0]!["rating"] = JsonNode.Parse(number);

        var problem = Assert.Single(Import(document).Problems);

        Assert.Equal("/responses/0/rating", problem.Pointer);
        Assert.True(problem.Severity == ProblemSeverity.Error, problem.ToString());
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("5000000000")]
    [InlineData("2147483648")]
    public void Import_RatingNoIntHolds_IsOffScaleNotACrash(string number)
    {
        var document = SmallDocuments.Valid();
        document["responses"]![0]!["rating"] = JsonNode.Parse(number);

        Assert.Equal(ProblemCodes.RatingOffScale, Assert.Single(Import(document).Problems).Code);
    }

    [Fact]
    public void Import_LevelOnDescriptiveQuestion_IsAnError()
    {
        var document = SmallDocuments.Valid();
        document["responses"]![0]!["question"] = TestFrameworks.Descriptive;

        Assert.Equal(ProblemCodes.RatingOnDescriptiveQuestion, Assert.Single(Import(document).Problems).Code);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("not-applicable")]
    public void Import_CoverageMarkerOnDescriptiveQuestion_IsAccepted(string marker)
    {
        var document = SmallDocuments.Valid();
        document["responses"]![0]!["question"] = TestFrameworks.Descriptive;
        document["responses"]![0]!["rating"] = marker;

        Assert.Empty(Import(document).Problems);
    }

    [Fact]
    public void Import_VictimOnUnsafeQuestion_IsAnErrorAtTheQuestion()
    {
        var document = SmallDocuments.Valid();
        document["responses"]![1]!["question"] = TestFrameworks.UnsafeScored;

        var problem = Assert.Single(Import(document).Problems);

        Assert.Equal(ProblemCodes.UnsafeForVictim, problem.Code);
        Assert.Equal("/responses/1/question", problem.Pointer);
        Assert.Null(Import(document).Value);
    }

    [Fact]
    public void Import_VictimOnSafeDescriptiveQuestion_IsAccepted()
    {
        var document = SmallDocuments.Valid();
        document["responses"]![1]!["question"] = TestFrameworks.SafeDescriptive;
        document["responses"]![1]!.AsObject().Remove("rating");

        Assert.Empty(Import(document).Problems);
    }

    [Fact]
    public void Import_NoConsent_WarnsAndStillReturnsTheModelWithTheResponse()
    {
        var document = SmallDocuments.Valid();
        document["informants"]![0]!["consent"]!["given"] = false;

        var result = Import(document);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemSeverity.Warning, ProblemCodes.NoConsent, "/responses/0/informant"),
            (problem.Severity, problem.Code, problem.Pointer));
        Assert.False(result.Value!.Informants[0].Consent.Given);
        Assert.Equal("P-1", result.Value.Responses[0].Informant);
    }

    [Fact]
    public void Import_NoConsent_WarnsOncePerResponseOfThatInformant()
    {
        var document = SmallDocuments.Valid();
        document["informants"]![0]!["consent"]!["given"] = false;
        document["responses"]!.AsArray().Add(Response("t.unsafe", "loc-1", 0));

        var problems = Import(document).Problems.Where(p => p.Code == ProblemCodes.NoConsent);

        var pointers = problems.Select(p => p.Pointer);
        Assert.Equal(new[] { "/responses/0/informant", "/responses/3/informant" }, pointers);
    }

    [Fact]
    public void Import_InformantOnDeskOnlyQuestion_WarnsThatItIsDeskResearch()
    {
        var document = SmallDocuments.Valid();
        document["responses"]![0]!["question"] = TestFrameworks.DeskOnly;

        var problem = Assert.Single(Import(document).Problems);

        Assert.Equal(ProblemCodes.InformantTypeNotListed, problem.Code);
        Assert.Contains("desk research", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SameInformantSameQuestionOtherLocality_IsNotADuplicateAnswer()
    {
        var document = SmallDocuments.Valid();
        document["responses"]!.AsArray().Add(Response(TestFrameworks.VictimSafeScored, "loc-2", 1));

        Assert.Empty(Import(document).Problems);
    }

    [Fact]
    public void Import_SameInformantSameQuestionSameLocality_WarnsNamingTheEarlierResponse()
    {
        var document = SmallDocuments.Valid();
        document["responses"]!.AsArray().Add(Response(TestFrameworks.VictimSafeScored, "loc-1", 1));

        var problem = Assert.Single(Import(document).Problems);

        Assert.Equal((ProblemCodes.DuplicateAnswer, "/responses/3"), (problem.Code, problem.Pointer));
        Assert.Contains("\"r-1\"", problem.Message, StringComparison.Ordinal);
    }

    // V-1's consent is recorded on 2025-02-03.
    [Theory]
    [InlineData("2025-02-02", true)]
    [InlineData("2025-01", true)]
    [InlineData("2024", true)]
    [InlineData("2025-02-03", false)]
    [InlineData("2025-02", false)]
    [InlineData("2025", false)]
    [InlineData("2025-02-04", false)]
    public void Import_ResponseCollectedBeforeConsent_WarnsOnlyWhenTheDatesLeaveNoDoubt(
        string collectedOn, bool warned)
    {
        var document = SmallDocuments.Valid();
        document["responses"]![1]!["collectedOn"] = collectedOn;

        var result = Import(document);

        Assert.NotNull(result.Value);
        var problems = result.Problems.Select(p => (p.Code, p.Pointer)).ToArray();
        Assert.Equal(
            warned ? new[] { (ProblemCodes.CollectedBeforeConsent, "/responses/1/collectedOn") } : [],
            problems);
    }

    [Fact]
    public void Import_OtherFramework_ReportsOnlyTheMismatchAndDocumentChecks()
    {
        var document = SmallDocuments.Valid();
        document["framework"]!["id"] = "other";
        document["responses"]![0]!["question"] = "no.such-question";
        document["responses"]![0]!["locality"] = "nowhere";

        var codes = Import(document).Problems.Select(p => p.Code);

        Assert.Equal(new[] { ProblemCodes.FrameworkMismatch, ProblemCodes.UnknownLocality }, codes);
    }

    [Fact]
    public void Import_OtherFrameworkVersion_NamesBothVersions()
    {
        var document = SmallDocuments.Valid();
        document["framework"]!["version"] = "1.0.0";

        var problem = Assert.Single(Import(document).Problems);

        Assert.Contains("\"1.0.0\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("\"2.0.0\"", problem.Message, StringComparison.Ordinal);
        Assert.Equal("/framework/version", problem.Pointer);
    }

    [Fact]
    public void Import_PeriodOfCoarserPrecisionContainingTheStart_IsNotReversed()
    {
        var document = SmallDocuments.Valid();
        document["period"] = JsonNode.Parse("{\"start\":\"2025-03-01\",\"end\":\"2025\"}");

        Assert.Empty(Import(document).Problems);
    }

    [Fact]
    public void Import_ErrorsAndWarningsTogether_ReturnsBothAndNoModel()
    {
        var document = SmallDocuments.Valid();
        document["country"] = "QQ";
        document["responses"]![0]!["drivers"] = JsonNode.Parse("[\"nope\"]");

        var result = Import(document);

        Assert.Null(result.Value);
        var codes = result.Problems.Select(p => p.Code);
        Assert.Equal(new[] { ProblemCodes.UnknownCountry, ProblemCodes.UnknownDriver }, codes);
    }

    [Fact]
    public void Import_NullArguments_Throw()
    {
        var framework = TestFrameworks.Small();

        Assert.Throws<ArgumentNullException>(() => AssessmentJson.Import((string)null!, framework));
        Assert.Throws<ArgumentNullException>(() => AssessmentJson.Import("{}", null!));
        Assert.Throws<ArgumentNullException>(() => AssessmentJson.Import((System.IO.Stream)null!, framework));
        Assert.Throws<ArgumentNullException>(() => AssessmentJson.ImportFile(null!, framework));
    }

    [Fact]
    public void ImportFile_MissingFile_IsAProblemNotAnException()
    {
        var result = AssessmentJson.ImportFile("/nonexistent/dir/a.assessment.json", TestFrameworks.Small());

        Assert.Equal(ProblemCodes.Unreadable, Assert.Single(result.Problems).Code);
    }

    private static ImportResult<Assessment> Import(JsonNode document) =>
        AssessmentJson.Import(document.Text(), TestFrameworks.Small());

    // A response by the police informant P-1, with the next free id.
    private static JsonNode Response(string question, string locality, int rating) =>
        new JsonObject
        {
            ["id"] = "r-4",
            ["question"] = question,
            ["informant"] = "P-1",
            ["locality"] = locality,
            ["rating"] = rating,
        };
}
