using System.Linq;
using TipAssessment.Framework;
using Xunit;

namespace TipAssessment.Tests.Framework;

/// <summary>
/// What the issue requires of the standard framework's content, checked on the loaded data.
/// </summary>
public class StandardFrameworkContentTests
{
    private static readonly AssessmentFramework Standard = StandardFramework.Load();

    [Fact]
    public void CooperationAgreementsQuestion_IsOneQuestionPlacedInProtectionAndPartnerships()
    {
        var shared = Standard.Questions.Where(q => Standard.PlacementsOf(q.Id).Length > 1).ToList();

        var question = Assert.Single(shared);
        Assert.Contains("cooperation agreements", question.Text);
        var sections = Standard.PlacementsOf(question.Id).Select(p => p.Section.Id);
        Assert.Equal(new[] { "protection", "partnerships" }, sections);
    }

    [Fact]
    public void ScoredQuestions_EachHaveADesiredStateOnTheScale()
    {
        var scored = Standard.Questions.Where(q => q.IsScored).ToList();

        Assert.NotEmpty(scored);
        Assert.All(scored, q => Assert.NotNull(q.DesiredState));
        Assert.All(
            scored,
            q => Assert.True(Standard.RatingScale.Contains(q.DesiredState!.TargetLevel), q.Id));
    }

    [Fact]
    public void DescriptiveQuestions_HaveNoDesiredState()
    {
        var descriptive = Standard.Questions.Where(q => !q.IsScored).ToList();

        Assert.NotEmpty(descriptive);
        Assert.All(descriptive, q => Assert.Null(q.DesiredState));
    }

    [Fact]
    public void UnsafeQuestions_AreNeverAimedAtVictims()
    {
        var unsafeQuestions = Standard.Questions.Where(q => !q.VictimSafe).ToList();

        Assert.NotEmpty(unsafeQuestions);
        Assert.All(
            unsafeQuestions,
            q => Assert.DoesNotContain(WellKnownIds.VictimInformantType, q.InformantTypes));
    }

    [Fact]
    public void Sections_EachHaveTopics_EvenPartnershipsWhoseTopicTheSeedLeftUntitled()
    {
        Assert.All(Standard.Sections, s => Assert.NotEmpty(s.Topics));
        var partnerships = Standard.FindSection("partnerships");
        Assert.Equal(TitleSource.Inferred, Assert.Single(partnerships!.Topics).TitleSource);
    }

    [Fact]
    public void TopicTitles_TheThreeSurvivingInTheSeedAreMarkedSeed_TheRestInferred()
    {
        var topics = Standard.Sections.SelectMany(s => s.Topics).ToList();

        var seed = topics.Where(t => t.TitleSource == TitleSource.Seed).Select(t => t.Title);
        Assert.Equal(
            new[] { "Linkages between formal and informal "
                + "systems", "Institutional process", "Trafficking cases at the local level" },
            seed);
        Assert.Equal(topics.Count - 3, topics.Count(t => t.TitleSource == TitleSource.Inferred));
    }

    [Fact]
    public void InformantTypes_EachBelongToAPerspectiveGroupOfTheData()
    {
        Assert.All(Standard.InformantTypes, t => Assert.NotNull(Standard.GroupOf(t.Id)));
        Assert.True(Standard.PerspectiveGroups.Length >= 3);
    }

    [Fact]
    public void Questions_ReferencedByLinkagesAndRedFlags_AreScored()
    {
        var ids = Standard.Linkages.SelectMany(l => l.PracticeQuestions.Add(l.LegalQuestion))
            .Concat(Standard.RedFlags.Select(r => r.Question));

        Assert.NotEmpty(Standard.Linkages);
        Assert.All(ids, id => Assert.True(Standard.FindQuestion(id)!.IsScored, id));
    }
}
