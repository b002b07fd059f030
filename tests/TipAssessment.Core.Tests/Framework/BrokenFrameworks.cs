using System;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;
using TipAssessment.Problems;
using Xunit;

namespace TipAssessment.Tests.Framework;

/// <summary>
/// Builds small breakages of the standard framework and checks what the validator says of them.
/// </summary>
internal static class BrokenFrameworks
{
    public static AssessmentFramework Standard => StandardFramework.Load();

    public static int QuestionIndex(string id) => Standard.Questions.IndexOf(Standard.FindQuestion(id)!);

    public static AssessmentFramework ChangeQuestion(string id, Func<Question, Question> change)
    {
        var index = QuestionIndex(id);
        return Standard.With(d => d.Questions = d.Questions.SetItem(index, change(d.Questions[index])));
    }

    public static AssessmentFramework ChangeTopic(int section, int topic, Func<Topic, Topic> change) =>
        ChangeSection(section, s => s with { Topics = s.Topics.SetItem(topic, change(s.Topics[topic])) });

    public static AssessmentFramework ChangeSection(int section, Func<Section, Section> change) =>
        Standard.With(d => d.Sections = d.Sections.SetItem(section, change(d.Sections[section])));

    public static ImmutableArray<T> Replace<T>(ImmutableArray<T> items, int index, Func<T, T> change) =>
        items.SetItem(index, change(items[index]));

    /// <summary>
    /// Asserts that validating <paramref name="framework"/> reports <paramref name="code"/> there.
    /// </summary>
    public static void AssertReports(AssessmentFramework framework, string code, string pointer)
    {
        var problems = FrameworkValidator.Validate(framework);

        Assert.Contains(
            problems,
            p => p.Code == code && p.Pointer == pointer && p.Severity == ProblemSeverity.Error);
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    public static string Describe(ImmutableArray<Problem> problems) =>
        string.Join(Environment.NewLine, problems.Select(p => p.ToString()));
}
