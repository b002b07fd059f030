using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.Tests.Scoring;

public sealed class CoverageTests
{
    private static readonly RollUpNode Root = ScoringEngine.Score(
        TinyFramework.Create(),
        new AssessmentBuilder()
            .Locality("a")
            .Informant("P1", "law-enforcement", "a").Informant("V1", "victim", "a")
            .Rate("P1", TinyFramework.Training, 2, "a")
            .Add("P1", TinyFramework.Sops, Rating.Unknown, "a")
            .Rate("V1", TinyFramework.Reporting, 1, "a")
            .Build()).FindRollUp(ScoreScope.ForLocality("a"))!.Root;

    [Fact]
    public void Coverage_OfAPillar_CountsItsScoredQuestionsWithALevel()
    {
        var protection = Child(Root, "protection").Coverage;

        Assert.Equal(5, protection.ScoredQuestions);
        Assert.Equal(2, protection.WithEvidence);
        Assert.Equal(40, protection.Percent);
        Assert.Equal(1, protection.UnknownResponses);
        Assert.Equal(
            new[] { TinyFramework.Sops, TinyFramework.Agreements, TinyFramework.Criminalisation },
            protection.WithoutEvidence);
    }

    [Fact]
    public void Coverage_OfAPillar_ListsTheInformantTypesStillToHear()
    {
        var protection = Child(Root, "protection").Coverage;

        Assert.Equal(
            new[] { "law-enforcement", "government-agency", "civil-society", "service-provider", "victim" },
            protection.InformantTypesExpected);
        Assert.Equal(new[] { "law-enforcement", "victim" }, protection.InformantTypesHeard);
        Assert.Equal(
            new[] { "government-agency", "civil-society", "service-provider" },
            protection.InformantTypesMissing);
    }

    [Fact]
    public void Coverage_OfATopic_CountsOnlyItsOwnQuestions()
    {
        var process = Child(Child(Child(Root, "protection"), "protection"), TinyFramework.ProcessTopic)
            .Coverage;

        Assert.Equal(3, process.ScoredQuestions);
        Assert.Equal(1, process.WithEvidence);
        Assert.Equal(100.0 / 3, process.Percent, 12);
    }

    [Fact]
    public void Coverage_OfTheAssessment_CountsAQuestionPlacedTwiceOnce()
    {
        // 1 legal + 5 protection + 2 prosecution questions; the descriptive one does not count.
        Assert.Equal(8, Root.Coverage.ScoredQuestions);
        Assert.Equal(2, Root.Coverage.WithEvidence);
        Assert.Equal(25, Root.Coverage.Percent);
    }

    private static RollUpNode Child(RollUpNode node, string id) => node.Children.Single(c => c.Id == id);
}
