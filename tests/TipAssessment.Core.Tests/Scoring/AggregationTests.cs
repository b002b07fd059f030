using System.Collections.Immutable;
using TipAssessment.Assessments;
using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.Tests.Scoring;

public sealed class AggregationTests
{
    private static readonly ScoreScope Overall = ScoreScope.Overall;

    [Fact]
    public void Median_OddCount_IsTheMiddleLevel()
    {
        var score = ScoreOf(Ratings(1, 4, 2));

        Assert.Equal(2, score.Level);
        Assert.Equal(50, score.Normalised);
        Assert.Equal("developing", score.Band);
    }

    [Fact]
    public void Median_EvenCount_IsTheMeanOfTheTwoMiddleLevels()
    {
        var score = ScoreOf(Ratings(4, 1, 3, 2));

        Assert.Equal(2.5, score.Level);
        Assert.Equal(62.5, score.Normalised);
    }

    [Fact]
    public void Mean_IsTheArithmeticMeanOfTheLevels()
    {
        var options = ScoringOptions.Default with { Aggregation = AggregationMethod.Mean };

        var score = ScoreOf(Ratings(1, 2, 4), options);

        Assert.Equal(7.0 / 3, score.Level!.Value, 12);
        Assert.Equal(700.0 / 12, score.Normalised!.Value, 12);
    }

    [Fact]
    public void WeightedMean_WeighsEachResponseByItsInformantType()
    {
        var assessment = new AssessmentBuilder()
            .Informant("V1", "victim").Informant("P1", "law-enforcement")
            .Rate("V1", TinyFramework.Reporting, 0)
            .Rate("P1", TinyFramework.Reporting, 4)
            .Build();
        var options = ScoringOptions.Default with
        {
            Aggregation = AggregationMethod.WeightedMean,
            SourceWeights = ImmutableSortedDictionary.CreateRange(new[] { Pair("victim", 3.0) }),
        };

        var score = ScoringEngine.Score(TinyFramework.Create(), assessment, options)
            .FindScore(TinyFramework.Reporting, Overall)!;

        // (0 x 3 + 4 x 1) / (3 + 1) = 1.
        Assert.Equal(1, score.Level);
        Assert.Equal(25, score.Normalised);
    }

    [Fact]
    public void WeightedMean_WeighsDeskEvidenceByTheFrameworksDeskSource()
    {
        var assessment = new AssessmentBuilder()
            .Desk("ds-1").Informant("G1", "government-agency")
            .Rate("ds-1", TinyFramework.LegalLaw, 4)
            .Rate("G1", TinyFramework.LegalLaw, 1)
            .Build();
        var options = ScoringOptions.Default with
        {
            Aggregation = AggregationMethod.WeightedMean,
            SourceWeights = ImmutableSortedDictionary.CreateRange(new[] { Pair("national-law", 2.0) }),
        };

        var score = ScoringEngine.Score(TinyFramework.Create(), assessment, options)
            .FindScore(TinyFramework.LegalLaw, Overall)!;

        // (4 x 2 + 1 x 1) / (2 + 1) = 3.
        Assert.Equal(3, score.Level);
        Assert.Equal(new[] { "national-law" }, score.DeskSources);
        Assert.Equal(new[] { "government-agency" }, score.InformantTypes);
    }

    [Fact]
    public void Spread_GivesTheLowestAndHighestLevelAndThePopulationStandardDeviation()
    {
        var score = ScoreOf(Ratings(1, 3));

        Assert.Equal(new Spread(1, 3, 1.0), score.Spread);
    }

    private static AssessmentBuilder Ratings(params int[] levels)
    {
        var builder = new AssessmentBuilder();
        for (var i = 0; i < levels.Length; i++)
        {
            builder.Informant("P" + i, "law-enforcement").Rate("P" + i, TinyFramework.Training, levels[i]);
        }

        return builder;
    }

    private static QuestionScore ScoreOf(AssessmentBuilder builder, ScoringOptions? options = null) =>
        ScoringEngine.Score(TinyFramework.Create(), builder.Build(), options)
            .FindScore(TinyFramework.Training, Overall)!;

    private static System.Collections.Generic.KeyValuePair<string, double> Pair(
        string key,
        double value) => new(key, value);
}
