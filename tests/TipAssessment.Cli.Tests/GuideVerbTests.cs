using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary><c>guide</c>: only the questions a type can answer; for victims, only the safe ones, and
/// do-no-harm reminders.</summary>
public class GuideVerbTests
{
    public static TheoryData<string> Types => new()
    {
        "government-agency", "law-enforcement", "service-provider", "judiciary", "legal-aid", "civil-society",
        "international-organisation", "victim",
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void Guide_EachType_ListsExactlyTheQuestionsThatTypeCanAnswer(string type)
    {
        var run = Tool.Cached("guide", "--informant-type", type, "--format", "json");

        var listed = Listed(run).ToList();
        var expected = Files.Framework.GetProperty("questions").EnumerateArray()
            .Where(q => q.GetProperty("informantTypes").EnumerateArray().Any(t => t.GetString() == type))
            .Where(q => type != "victim" || q.GetProperty("victimSafe").GetBoolean())
            .Select(q => q.GetProperty("id").GetString()!)
            .ToList();
        Assert.Equal(0, run.ExitCode);
        Assert.NotEmpty(listed);
        Assert.Equal(Sorted(expected), Sorted(listed));
    }

    [Fact]
    public void Guide_ForVictims_ListsNoQuestionThatIsUnsafeForVictims()
    {
        var run = Tool.Cached("guide", "--informant-type", "victim", "--format", "json");

        var unsafeIds = Files.Framework.GetProperty("questions").EnumerateArray()
            .Where(q => !q.GetProperty("victimSafe").GetBoolean())
            .Select(q => q.GetProperty("id").GetString())
            .ToHashSet();
        Assert.NotEmpty(unsafeIds);
        Assert.DoesNotContain(Listed(run), id => unsafeIds.Contains(id));
    }

    [Fact]
    public void Guide_ForVictims_RemindsOfConsentTheRightToStopAndNotAskingAboutTheirExploitation()
    {
        var run = Tool.Cached("guide", "--informant-type", "victim");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("consent", run.Stdout, System.StringComparison.OrdinalIgnoreCase);
        Assert.Contains("stop at any time", run.Stdout);
        Assert.Contains("Never ask about the exploitation they suffered", run.Stdout);
    }

    [Fact]
    public void Guide_ForOtherTypes_OmitsTheVictimOnlyReminders()
    {
        var run = Tool.Cached("guide", "--informant-type", "law-enforcement");

        Assert.Contains("stop at any time", run.Stdout);
        Assert.DoesNotContain("Never ask about the exploitation they suffered", run.Stdout);
    }

    [Fact]
    public void Guide_OnAnAssessment_ListsItsInformantsOfThatType()
    {
        var sample = Files.Sample("minimal.assessment.json");
        var run = Tool.Cached("guide", sample, "--informant-type", "victim", "--format", "json");

        var codes = Files.Parse(sample).GetProperty("informants").EnumerateArray()
            .Where(i => i.GetProperty("type").GetString() == "victim")
            .Select(i => i.GetProperty("code").GetString());
        using var document = JsonDocument.Parse(run.Stdout);
        var listed = document.RootElement.GetProperty("assessment").GetProperty("informants").EnumerateArray()
            .Select(i => i.GetProperty("code").GetString());
        Assert.Equal(codes, listed);
    }

    [Fact]
    public void Guide_OnAFrameworkDocument_TakesItsQuestionsFromIt()
    {
        var run = Tool.Cached(
            "guide", Files.FrameworkPath, "--informant-type", "legal-aid", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var standard = Tool.Cached("guide", "--informant-type", "legal-aid", "--format", "json");
        Assert.Equal(Listed(standard), Listed(run));
    }

    [Fact]
    public void GuideHelp_ShowsTheFileArgumentAsOptional()
    {
        var run = Tool.Cached("guide", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\n  [framework-or-assessment]  ", run.Stdout);
        Assert.DoesNotContain("<framework-or-assessment>  ", run.Stdout);
        // A required argument keeps its angle brackets.
        Assert.Contains("\n  <assessment>  ", Tool.Cached("analyze", "--help").Stdout);
    }

    private static IEnumerable<string> Sorted(IEnumerable<string> ids) =>
        ids.OrderBy(x => x, StringComparer.Ordinal);

    private static IEnumerable<string> Listed(ToolRun run)
    {
        using var document = JsonDocument.Parse(run.Stdout);
        return document.RootElement.GetProperty("topics").EnumerateArray()
            .SelectMany(t => t.GetProperty("questions").EnumerateArray())
            .Select(q => q.GetProperty("id").GetString()!)
            .ToList();
    }
}
