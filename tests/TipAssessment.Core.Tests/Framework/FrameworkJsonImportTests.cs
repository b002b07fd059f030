using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Framework;

/// <summary>
/// Import stops at the first failing stage and reports every problem there with its pointer.
/// </summary>
public class FrameworkJsonImportTests
{
    private static JsonNode Seed() => JsonNode.Parse(SeedFiles.FrameworkBytes)!;

    [Fact]
    public void Import_SeedFile_SucceedsWithoutProblems()
    {
        var result = FrameworkJson.Import(Encoding.UTF8.GetString(SeedFiles.FrameworkBytes));

        Assert.True(result.Succeeded, BrokenFrameworks.Describe(result.Problems));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Import_MalformedJson_ReportsTheLine()
    {
        var result = FrameworkJson.Import("{\n  \"kind\": \"tipassessment.framework\",\n  \"id\": }");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.MalformedJson, problem.Code);
        Assert.Equal(3, problem.Line);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Import_PillarRepeatedWithMembersInAnotherOrder_NamesBothItemsAndItsId()
    {
        var json = Seed();
        var pillars = json["pillars"]!.AsArray();
        var first = pillars[0]!.AsObject();
        var reordered = new System.Text.Json.Nodes.JsonObject();
        foreach (var member in first.Reverse())
        {
            reordered[member.Key] = member.Value!.DeepClone();
        }

        pillars.Add(reordered);

        var problems = FrameworkJson.Import(json.ToJsonString()).Problems;

        var problem = Assert.Single(problems, p => p.Pointer == "/pillars");

        var id = first["id"]!.GetValue<string>();
        var expected = $"items 0 and {pillars.Count - 1} are the same, \"{id}\"";
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_AssessmentDocument_ReportsTheWrongKindOnly()
    {
        var json = Seed();
        json["kind"] = "tipassessment.assessment";

        var result = FrameworkJson.Import(json.ToJsonString());

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.WrongKind, problem.Code);
        Assert.Equal("/kind", problem.Pointer);
    }

    [Fact]
    public void Import_NewerFormatVersion_ReportsTheVersionsUnderstood()
    {
        var json = Seed();
        json["formatVersion"] = "2.0";

        var result = FrameworkJson.Import(json.ToJsonString());

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.UnknownFormatVersion, problem.Code);
        Assert.Contains("\"1.0\"", problem.Message);
    }

    [Fact]
    public void Import_SchemaViolations_ReportsEachAtItsPointerBeforeAnySemanticRule()
    {
        var json = Seed();
        json["questions"]![3]!["measure"] = "sometimes";
        json["sections"]![1]!["topics"]![0]!["colour"] = "red";
        json["sections"]![0]!["topics"]![0]!["questions"]![0] = "lf.no-such-question";

        var result = FrameworkJson.Import(json.ToJsonString());

        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Pointer == "/questions/3/measure" && p.Code.StartsWith(
            "schema.",
            StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.UnknownMember && p.Pointer.StartsWith(
            "/sections/1/topics/0",
            StringComparison.Ordinal));
        Assert.DoesNotContain(result.Problems, p => p.Code == ProblemCodes.UnknownQuestion);
    }

    [Fact]
    public void Import_SemanticBreakage_ReportsItWithItsPointerAndNoFramework()
    {
        var json = Seed();
        json["sections"]![0]!["topics"]![2]!["questions"]![4] = "lf.no-such-question";

        var result = FrameworkJson.Import(json.ToJsonString());

        Assert.Null(result.Value);
        Assert.Contains(
            result.Problems,
            p => p.Code == ProblemCodes.UnknownQuestion && p.Pointer == "/sections/0/topics/2/questions/4");
    }

    [Fact]
    public void ImportFile_MissingFile_ReportsItUnreadable()
    {
        var result = FrameworkJson.ImportFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json"));

        Assert.Equal(ProblemCodes.Unreadable, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Import_Stream_ReadsTheSeedFile()
    {
        using var stream = File.OpenRead(SeedFiles.FrameworkPath);

        var result = FrameworkJson.Import(stream);

        Assert.True(result.Succeeded);
        Assert.Equal(76, result.Value!.Questions.Length);
    }

    [Property(MaxTest = 200)]
    public Property Import_AnyTruncationOfTheSeed_ReturnsProblemsWithoutThrowing(PositiveInt cut)
    {
        var text = Encoding.UTF8.GetString(SeedFiles.FrameworkBytes);
        var prefix = text.Substring(0, cut.Get % (text.Length - 2));

        var result = FrameworkJson.Import(prefix);

        return (!result.Succeeded && result.Problems.Any()).ToProperty();
    }
}
