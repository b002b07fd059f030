using System.Linq;
using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.Tests.Scoring;

public sealed class ImplementationGapTests
{
    [Fact]
    public void ImplementationGap_IsTheLegalScoreMinusThePracticeMeanPerLocality_LargestFirst()
    {
        var assessment = new AssessmentBuilder()
            .Locality("a").Locality("b")
            .Desk("ds-1")
            .Informant("PA", "law-enforcement", "a").Informant("PB", "law-enforcement", "b")
            .Rate("ds-1", TinyFramework.LegalLaw, 4)
            .Rate("PA", TinyFramework.Training, 1, "a")
            .Rate("PA", TinyFramework.Investigation, 2, "a")
            .Rate("PB", TinyFramework.Training, 3, "b")
            .Build();

        var gaps = ScoringEngine.Score(TinyFramework.Create(), assessment).ImplementationGaps;

        Assert.Equal(new[] { "a", "b" }, gaps.Select(g => g.Locality));
        Assert.Equal(new[] { 62.5, 25 }, gaps.Select(g => g.Gap));
        Assert.Equal(37.5, gaps[0].Practice);
        Assert.Equal(100, gaps[0].Legal);
        Assert.Equal(ScoreScope.National, gaps[0].LegalScope);
        Assert.Equal(
            new[]
            {
                new PracticeScore(TinyFramework.Training, 25),
                new PracticeScore(TinyFramework.Investigation, 50),
            },
            gaps[0].PracticeQuestions);
    }

    [Fact]
    public void ImplementationGap_WithoutNationalEvidence_TakesTheOverallLegalScore()
    {
        var assessment = new AssessmentBuilder()
            .Locality("a")
            .Informant("GA", "government-agency", "a").Informant("PA", "law-enforcement", "a")
            .Rate("GA", TinyFramework.LegalLaw, 2, "a")
            .Rate("PA", TinyFramework.Training, 3, "a")
            .Build();

        var gap = Assert.Single(ScoringEngine.Score(TinyFramework.Create(), assessment).ImplementationGaps);

        Assert.Equal(ScoreScope.Overall, gap.LegalScope);
        Assert.Equal(-25, gap.Gap);
    }

    [Fact]
    public void ImplementationGap_LocalityWithoutPracticeEvidence_GivesNoRow()
    {
        var assessment = new AssessmentBuilder()
            .Locality("a").Desk("ds-1")
            .Rate("ds-1", TinyFramework.LegalLaw, 4)
            .Build();

        Assert.Empty(ScoringEngine.Score(TinyFramework.Create(), assessment).ImplementationGaps);
    }
}
