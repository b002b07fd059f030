using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.Tests.Scoring;

public sealed class ScopeTests
{
    private static readonly ScoringResult Result = ScoringEngine.Score(
        TinyFramework.Create(),
        new AssessmentBuilder()
            .Locality("a").Locality("b")
            .Informant("PA", "law-enforcement", "a").Informant("PB", "law-enforcement", "b")
            .Informant("GN", "government-agency")
            .Rate("PA", TinyFramework.Training, 1, "a")
            .Rate("PB", TinyFramework.Training, 3, "b")
            .Rate("GN", TinyFramework.Training, 4)
            .Build());

    [Fact]
    public void LocalityScore_UsesOnlyThatLocalitysResponses()
    {
        Assert.Equal(1, Result.FindScore(TinyFramework.Training, ScoreScope.ForLocality("a"))!.Level);
        Assert.Equal(3, Result.FindScore(TinyFramework.Training, ScoreScope.ForLocality("b"))!.Level);
        Assert.Equal(
            new[] { "r-001" },
            Result.FindScore(TinyFramework.Training, ScoreScope.ForLocality("a"))!.Responses);
    }

    [Fact]
    public void NationalScore_UsesOnlyResponsesWithoutALocality()
    {
        var national = Result.FindScore(TinyFramework.Training, ScoreScope.National)!;

        Assert.Equal(4, national.Level);
        Assert.Equal(new[] { "r-003" }, national.Responses);
    }

    [Fact]
    public void OverallScore_UsesEveryResponse()
    {
        var overall = Result.FindScore(TinyFramework.Training, ScoreScope.Overall)!;

        Assert.Equal(3, overall.Level);
        Assert.Equal(new[] { "r-001", "r-002", "r-003" }, overall.Responses);
    }

    [Fact]
    public void Scopes_AreOverallNationalThenLocalitiesInDocumentOrder()
    {
        Assert.Equal(
            new[]
            {
                ScoreScope.Overall,
                ScoreScope.National,
                ScoreScope.ForLocality("a"),
                ScoreScope.ForLocality("b"),
            },
            Result.Scopes);
        Assert.Equal(Result.Scopes, System.Linq.Enumerable.Select(Result.RollUps, r => r.Scope));
    }

    [Fact]
    public void Scopes_WithoutNationalEvidence_LeaveOutTheNationalScope()
    {
        var result = ScoringEngine.Score(
            TinyFramework.Create(),
            new AssessmentBuilder().Locality("a").Informant("PA", "law-enforcement", "a")
                .Rate("PA", TinyFramework.Training, 1, "a").Build());

        Assert.Equal(new[] { ScoreScope.Overall, ScoreScope.ForLocality("a") }, result.Scopes);
    }
}
