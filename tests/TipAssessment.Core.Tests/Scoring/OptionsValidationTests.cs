using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.Tests.Scoring;

public sealed class OptionsValidationTests
{
    private const double Infinity = double.PositiveInfinity;

    public static TheoryData<string, ScoringOptions> InvalidOptions() => new()
    {
        { "negative threshold", ScoringOptions.Default with { TriangulationThreshold = -0.5 } },
        { "NaN threshold", ScoringOptions.Default with { TriangulationThreshold = double.NaN } },
        { "unknown method", ScoringOptions.Default with { Aggregation = (AggregationMethod)9 } },
        { "no bands", ScoringOptions.Default with { Bands = ImmutableArray<BandDefinition>.Empty } },
        { "first band above 0", WithBands(("a", 10)) },
        { "bands not increasing", WithBands(("a", 0), ("b", 0)) },
        { "band above 100", WithBands(("a", 0), ("b", 101)) },
        { "duplicate band ids", WithBands(("a", 0), ("a", 50)) },
        { "source weight 0", ScoringOptions.Default with { SourceWeights = Weights("victim", 0) } },
        { "negative question weight", ScoringOptions.Default with { QuestionWeights = Weights("q", -1) } },
        { "infinite weight", ScoringOptions.Default with { PillarWeights = Weights("p", Infinity) } },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Score_InvalidOptions_ThrowsArgumentException(string why, ScoringOptions options)
    {
        var assessment = new AssessmentBuilder().Build();

        var thrown = Assert.Throws<ArgumentException>(
            () => ScoringEngine.Score(TinyFramework.Create(),
            assessment,
            options));

        Assert.False(string.IsNullOrEmpty(thrown.Message), why);
    }

    [Fact]
    public void Score_ZeroQuestionWeight_IsValid()
    {
        var options = ScoringOptions.Default with { QuestionWeights = Weights("q", 0) };

        options.Validate();

        Assert.Equal(0, options.QuestionWeights["q"]);
    }

    [Fact]
    public void Score_FrameworkWithASingleLevel_ThrowsArgumentException()
    {
        var framework = TinyFramework.Create();
        var flat = new TipAssessment.Framework.AssessmentFramework
        {
            Id = framework.Id,
            Version = framework.Version,
            Title = framework.Title,
            RatingScale = framework.RatingScale with
            {
                Levels = ImmutableArray.Create(framework.RatingScale.Levels[0]),
            },
        };

        Assert.Throws<ArgumentException>(() => ScoringEngine.Score(flat, new AssessmentBuilder().Build()));
    }

    private static ScoringOptions WithBands(params (string Id, double Min)[] bands) =>
        ScoringOptions.Default with
        {
            Bands = bands.Select(b => new BandDefinition(b.Id, b.Id, b.Min)).ToImmutableArray(),
        };

    private static ImmutableSortedDictionary<string, double> Weights(string key, double value) =>
        ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal,
            new[] { new KeyValuePair<string, double>(key, value) });
}
