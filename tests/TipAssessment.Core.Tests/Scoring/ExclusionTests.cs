using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.Tests.Scoring;

public sealed class ExclusionTests
{
    [Fact]
    public void Score_InformantWithoutConsent_IsExcludedAndNeverCounted()
    {
        var assessment = new AssessmentBuilder()
            .Informant("P1", "law-enforcement").Informant("P2", "law-enforcement", consent: false)
            .Rate("P1", TinyFramework.Training, 3)
            .Rate("P2", TinyFramework.Training, 0)
            .Build();

        var result = ScoringEngine.Score(TinyFramework.Create(), assessment);

        Assert.Equal(new[] { new ExcludedResponse("r-002", ExclusionReasons.NoConsent) }, result.Excluded);
        Assert.Equal(3, result.FindScore(TinyFramework.Training, ScoreScope.Overall)!.Level);
        Assert.Equal(1, result.FindScore(TinyFramework.Training, ScoreScope.Overall)!.RatedCount);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Score_ACodeListedTwiceOnceWithoutConsent_IsNeverCounted(bool consentFirst)
    {
        // Only a model built in code can hold this (import refuses repeated codes). Whichever entry comes
        // first, the code's answers are not counted, as redaction does not share them.
        var builder = new AssessmentBuilder();
        builder = consentFirst
            ? builder.Informant("P1", "law-enforcement").Informant("P1", "law-enforcement", consent: false)
            : builder.Informant("P1", "law-enforcement", consent: false).Informant("P1", "law-enforcement");
        var assessment = builder.Informant("P2", "law-enforcement")
            .Rate("P1", TinyFramework.Training, 0)
            .Rate("P2", TinyFramework.Training, 3)
            .Build();

        var result = ScoringEngine.Score(TinyFramework.Create(), assessment);

        Assert.Equal(new[] { new ExcludedResponse("r-001", ExclusionReasons.NoConsent) }, result.Excluded);
        Assert.Equal(1, result.FindScore(TinyFramework.Training, ScoreScope.Overall)!.RatedCount);
    }

    [Fact]
    public void Score_VictimAnsweringAnUnsafeQuestion_IsExcluded()
    {
        var assessment = new AssessmentBuilder()
            .Informant("V1", "victim")
            .Rate("V1", TinyFramework.Training, 0)
            .Rate("V1", TinyFramework.Reporting, 1)
            .Build();

        var result = ScoringEngine.Score(TinyFramework.Create(), assessment);

        Assert.Equal(
            new[] { new ExcludedResponse("r-001", ExclusionReasons.UnsafeForVictim) },
            result.Excluded);
        Assert.Null(result.FindScore(TinyFramework.Training, ScoreScope.Overall));
        Assert.Equal(1, result.FindScore(TinyFramework.Reporting, ScoreScope.Overall)!.Level);
    }

    [Fact]
    public void Score_ResponsesThatCannotBeResolved_AreExcludedWithTheirReasons()
    {
        var assessment = new AssessmentBuilder()
            .Locality("a")
            .Informant("P1", "law-enforcement").Informant("X1", "astrologer")
            .Rate("P1", "no.such-question", 2)
            .Rate("ghost", TinyFramework.Training, 2)
            .Rate("P1", TinyFramework.Training, 2, "atlantis")
            .Rate("P1", TinyFramework.Training, 7)
            .Rate("X1", TinyFramework.Training, 2)
            .Build();

        var result = ScoringEngine.Score(TinyFramework.Create(), assessment);

        Assert.Equal(
            new[]
            {
                ExclusionReasons.UnknownQuestion,
                ExclusionReasons.UnknownInformant,
                ExclusionReasons.UnknownLocality,
                ExclusionReasons.OffScale,
                ExclusionReasons.UnknownInformantType,
            },
            result.Excluded.Select(e => e.Reason));
        Assert.Empty(result.Scores);
    }

    [Fact]
    public void Score_DeskSourceNotDeclaredOrNotInTheFramework_IsExcluded()
    {
        var assessment = new AssessmentBuilder()
            .Desk("ds-odd", "horoscope")
            .Add("ds-odd", TinyFramework.LegalLaw, Rating.AtLevel(4))
            .Build();

        var result = ScoringEngine.Score(TinyFramework.Create(), assessment);

        Assert.Equal(
            new[] { new ExcludedResponse("r-001", ExclusionReasons.UnknownDeskSource) },
            result.Excluded);
    }
}
