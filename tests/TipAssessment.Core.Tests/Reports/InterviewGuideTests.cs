using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using TipAssessment.Framework;
using TipAssessment.Reports;
using Xunit;

namespace TipAssessment.Tests.Reports;

public sealed class InterviewGuideTests
{
    [Fact]
    public void QuestionsFor_Victims_AreOnlyQuestionsSafeForVictimsThatListThem()
    {
        var framework = ReportSamples.Framework;

        var questions = InterviewGuide.QuestionsFor(framework, WellKnownIds.VictimInformantType);

        var expected = framework.Questions
            .Where(q => q.VictimSafe && q.InformantTypes.Contains(WellKnownIds.VictimInformantType));
        Assert.NotEmpty(questions);
        Assert.Equal(Sorted(expected), Sorted(questions));
    }

    [Fact]
    public void QuestionsFor_Victims_LeavesOutAnUnsafeQuestionEvenIfItListedVictims()
    {
        var framework = ReportSamples.Framework;
        var safe = InterviewGuide.QuestionsFor(framework, WellKnownIds.VictimInformantType)[0];
        var @unsafe = safe with { VictimSafe = false };
        var broken = framework.With(d => d.Questions = framework.Questions.Replace(safe, @unsafe));

        var questions = InterviewGuide.QuestionsFor(broken, WellKnownIds.VictimInformantType);

        Assert.DoesNotContain(questions, q => q.Id == safe.Id);
    }

    [Fact]
    public void QuestionsFor_AQuestionPlacedTwice_IsListedOnce()
    {
        var framework = ReportSamples.Framework;
        var twice = framework.Questions
            .First(q => framework.PlacementsOf(q.Id).Length == 2 && q.InformantTypes.Length > 0);

        var questions = InterviewGuide.QuestionsFor(framework, twice.InformantTypes[0]);

        Assert.Single(questions, q => q.Id == twice.Id);
    }

    [Fact]
    public void Reminders_ForVictims_AddTheDoNoHarmRulesToTheCommonOnes()
    {
        var common = InterviewGuide.Reminders("law-enforcement");
        var victims = InterviewGuide.Reminders(WellKnownIds.VictimInformantType);

        Assert.Equal(common, victims.Take(common.Length));
        Assert.Contains(victims.Skip(common.Length), r => r.Contains("Never ask about the exploitation"));
        Assert.Contains(common, r => r.StartsWith("Consent first"));
        Assert.Contains(common, r => r.StartsWith("The right to stop"));
    }

    [Fact]
    public void Json_ListsTheSameQuestionsAsQuestionsFor()
    {
        var framework = ReportSamples.Framework;

        using var document = JsonDocument.Parse(InterviewGuide.Json(framework, "civil-society", null, null));

        var listed = document.RootElement.GetProperty("topics").EnumerateArray()
            .SelectMany(t => t.GetProperty("questions").EnumerateArray())
            .Select(q => q.GetProperty("id").GetString());
        Assert.Equal(InterviewGuide.QuestionsFor(framework, "civil-society").Select(q => q.Id), listed);
        Assert.Equal(InterviewGuide.Kind, document.RootElement.GetProperty("kind").GetString());
    }

    private static IEnumerable<string> Sorted(IEnumerable<Question> questions) =>
        questions.Select(q => q.Id).OrderBy(i => i, StringComparer.Ordinal);

    [Fact]
    public void Markdown_UnknownType_IsACallerBug()
    {
        var error = Assert.Throws<ArgumentException>(
            () => InterviewGuide.Markdown(ReportSamples.Framework, "journalist", null, null));

        Assert.Contains("law-enforcement", error.Message);
    }
}
