using TipAssessment.Assessments;
using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.Tests.Scoring;

public sealed class DenominatorTests
{
    [Fact]
    public void Score_UnknownNotApplicableAndUnrated_StayOutOfTheDenominatorButAreCounted()
    {
        var assessment = new AssessmentBuilder()
            .Informant("P1", "law-enforcement").Informant("P2", "law-enforcement")
            .Informant("C1", "civil-society").Informant("G1", "government-agency")
            .Rate("P1", TinyFramework.Training, 2)
            .Add("P2", TinyFramework.Training, Rating.Unknown)
            .Add("C1", TinyFramework.Training, Rating.NotApplicable)
            .Add("G1", TinyFramework.Training, Rating.None, drivers: new[] { "d.training" })
            .Build();

        var score = ScoringEngine.Score(TinyFramework.Create(), assessment)
            .FindScore(TinyFramework.Training, ScoreScope.Overall)!;

        Assert.Equal(2, score.Level);
        Assert.Equal(1, score.RatedCount);
        Assert.Equal(1, score.UnknownCount);
        Assert.Equal(1, score.NotApplicableCount);
        Assert.Equal(1, score.UnratedCount);
        Assert.Equal(new[] { "r-001" }, score.Responses);
        Assert.Equal(new[] { "r-002", "r-003", "r-004" }, score.OtherResponses);
        Assert.Equal(new[] { "law-enforcement" }, score.InformantTypes);
    }

    [Fact]
    public void Score_OnlyUnknownAnswers_HasNoLevelButStillExists()
    {
        var assessment = new AssessmentBuilder()
            .Informant("P1", "law-enforcement")
            .Add("P1", TinyFramework.Training, Rating.Unknown)
            .Build();

        var score = ScoringEngine.Score(TinyFramework.Create(), assessment)
            .FindScore(TinyFramework.Training, ScoreScope.Overall)!;

        Assert.False(score.HasLevel);
        Assert.Null(score.Normalised);
        Assert.Null(score.Band);
        Assert.Null(score.Spread);
        Assert.Equal(1, score.UnknownCount);
    }

    [Fact]
    public void Score_DescriptiveQuestion_IsNeverScoredNorExcluded()
    {
        var assessment = new AssessmentBuilder()
            .Informant("C1", "civil-society")
            .Add("C1", TinyFramework.LegalContext, Rating.None)
            .Build();

        var result = ScoringEngine.Score(TinyFramework.Create(), assessment);

        Assert.Null(result.FindScore(TinyFramework.LegalContext, ScoreScope.Overall));
        Assert.Empty(result.Excluded);
    }
}
