using System.Linq;
using System.Text.Json.Nodes;
using TipAssessment.Assessments;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>
/// Format 0.9 (rating was "level", an informant's code was "id") is migrated to 1.0 on import.
/// </summary>
public class AssessmentMigrationTests
{
    [Fact]
    public void Import_Format09Document_GivesTheSameModelAsIts10Twin()
    {
        var current = AssessmentJson.Import(SmallDocuments.Valid().Text(), TestFrameworks.Small()).Value!;

        var migrated = AssessmentJson.Import(As09(SmallDocuments.Valid()).Text(), TestFrameworks.Small());

        Assert.Empty(migrated.Problems);
        Assert.Equal(AssessmentJson.Export(current), AssessmentJson.Export(migrated.Value!));
        Assert.Equal(Rating.AtLevel(2), migrated.Value!.Responses[0].Rating);
        Assert.Equal("P-1", migrated.Value.Informants[0].Code);
    }

    [Fact]
    public void Export_AfterMigration_WritesTheCurrentFormat()
    {
        var text = As09(SmallDocuments.Valid()).Text();
        var migrated = AssessmentJson.Import(text, TestFrameworks.Small()).Value!;

        var exported = JsonNode.Parse(AssessmentJson.Export(migrated))!;

        Assert.Equal("1.0", (string?)exported["formatVersion"]);
        Assert.NotNull(exported["responses"]![0]!["rating"]);
        Assert.Null(exported["responses"]![0]!["level"]);
    }

    [Fact]
    public void Import_Format09WithProblems_PointsAtTheNamesAsWritten()
    {
        var document = As09(SmallDocuments.Valid());
        document["responses"]![0]!["level"] = "very";
        document["informants"]![0]!["id"] = 5;

        var problems = AssessmentJson.Import(document.Text(), TestFrameworks.Small()).Problems;

        Assert.Equal(new[] { "/informants/0/id", "/responses/0/level" }, problems.Select(p => p.Pointer));
    }

    [Fact]
    public void Import_Format09UsingA10Name_IsAnUnknownMemberIn09()
    {
        var document = As09(SmallDocuments.Valid());
        document["informants"]![1]!["code"] = "V-1";

        var problem = Assert.Single(AssessmentJson.Import(document.Text(), TestFrameworks.Small()).Problems);

        Assert.Equal((ProblemCodes.UnknownMember, "/informants/1/code"), (problem.Code, problem.Pointer));
    }

    [Fact]
    public void PointerIn09_OnlyRenamesTheMigratedMembers()
    {
        Assert.Equal("/responses/3/level", AssessmentMigration.PointerIn09("/responses/3/rating"));
        Assert.Equal("/findings/3/rating", AssessmentMigration.PointerIn09("/findings/3/rating"));
        Assert.Equal("/informants/0/consent", AssessmentMigration.PointerIn09("/informants/0/consent"));
    }

    internal static JsonObject As09(JsonObject document)
    {
        document["formatVersion"] = "0.9";
        foreach (var informant in document["informants"]!.AsArray().Select(i => i!.AsObject()))
        {
            Rename(informant, "code", "id");
        }

        foreach (var response in document["responses"]!.AsArray().Select(r => r!.AsObject()))
        {
            Rename(response, "rating", "level");
        }

        return document;
    }

    private static void Rename(JsonObject item, string from, string to)
    {
        if (item[from] is { } value)
        {
            item.Remove(from);
            item[to] = value;
        }
    }
}
