using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.Tests.Scoring;

public sealed class RollUpTests
{
    [Fact]
    public void RollUp_EqualWeights_AveragesTheChildrenWithAScore()
    {
        var root = RootOf(ScoringOptions.Default);

        Assert.Equal(75, Topic(root, "protection", TinyFramework.ProcessTopic).Normalised);
        Assert.Equal(50, Pillar(root, "protection").Normalised);
        Assert.Equal(75, Pillar(root, "prosecution").Normalised);
        Assert.Null(Pillar(root, "legal").Normalised);
        Assert.Equal(62.5, root.Normalised);
    }

    [Fact]
    public void RollUp_QuestionWeights_WeighTheQuestionsInTheirTopic()
    {
        var weights = Weights((TinyFramework.Training, 3));

        var root = RootOf(ScoringOptions.Default with { QuestionWeights = weights });

        // (3 x 50 + 1 x 100) / 4.
        Assert.Equal(62.5, Topic(root, "protection", TinyFramework.ProcessTopic).Normalised);
        Assert.Equal(3, Topic(root, "protection", TinyFramework.ProcessTopic).Children[0].Weight);
    }

    [Fact]
    public void RollUp_TopicWeights_WeighTheTopicsInTheirSection()
    {
        var weights = Weights((TinyFramework.VictimsTopic, 3));

        var root = RootOf(ScoringOptions.Default with { TopicWeights = weights });

        // (1 x 75 + 3 x 25) / 4.
        Assert.Equal(37.5, Pillar(root, "protection").Normalised);
    }

    [Fact]
    public void RollUp_PillarWeightZero_LeavesThePillarOut()
    {
        var root = RootOf(ScoringOptions.Default with { PillarWeights = Weights(("prosecution", 0)) });

        Assert.Equal(50, root.Normalised);
        Assert.Equal(0, Pillar(root, "prosecution").Weight);
    }

    [Fact]
    public void RollUp_Bands_FollowTheNormalisedScore()
    {
        var root = RootOf(ScoringOptions.Default);

        Assert.Equal("developing", Pillar(root, "protection").Band);
        Assert.Equal("strong", Pillar(root, "prosecution").Band);
        Assert.Null(Pillar(root, "legal").Band);
    }

    private static RollUpNode RootOf(ScoringOptions options)
    {
        var assessment = new AssessmentBuilder()
            .Informant("P1", "law-enforcement").Informant("V1", "victim")
            .Rate("P1", TinyFramework.Training, 2)
            .Rate("P1", TinyFramework.Sops, 4)
            .Rate("V1", TinyFramework.Reporting, 1)
            .Rate("P1", TinyFramework.Investigation, 3)
            .Build();
        return ScoringEngine.Score(TinyFramework.Create(), assessment, options)
            .FindRollUp(ScoreScope.Overall)!.Root;
    }

    private static RollUpNode Pillar(RollUpNode root, string id) => root.Children.Single(c => c.Id == id);

    private static RollUpNode Topic(RollUpNode root, string pillar, string topic) =>
        Pillar(root, pillar).Children.Single().Children.Single(c => c.Id == topic);

    private static ImmutableSortedDictionary<string, double> Weights(
        params (string Id, double Weight)[] weights) =>
        ImmutableSortedDictionary.CreateRange(
            System.StringComparer.Ordinal,
            weights.Select(w => new KeyValuePair<string, double>(w.Id, w.Weight)));
}
