using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TipAssessment.Assessments;
using TipAssessment.Scoring;

namespace TipAssessment.Tests.Scoring;

[Properties(Arbitrary = new[] { typeof(RandomAssessments) }, MaxTest = 300)]
public sealed class ScoringPropertyTests
{
    private static readonly AggregationMethod[] Methods =
    {
        AggregationMethod.Median, AggregationMethod.Mean, AggregationMethod.WeightedMean,
    };

    [Property]
    public bool EveryScore_StaysOnTheScaleAndBetween0And100(Assessment assessment)
    {
        return Methods.All(method =>
        {
            var result = ScoringEngine.Score(TinyFramework.Create(), assessment, Options(method));
            var scoresInRange = result.Scores.Where(s => s.HasLevel)
                .All(s => s.Level >= 0 && s.Level <= 4 && s.Normalised >= 0 && s.Normalised <= 100);
            var nodesInRange = result.RollUps.SelectMany(r => Nodes(r.Root))
                .All(n => n.Normalised is null or (>= 0 and <= 100) && n.Coverage.Percent is >= 0 and <= 100);
            return scoresInRange && nodesInRange;
        });
    }

    [Property]
    public bool ARatingAtTheTopLevel_NeverLowersAScore(Assessment assessment, PositiveInt pick)
    {
        var framework = TinyFramework.Create();
        var scored = framework.Questions.Where(q => q.IsScored).ToArray();
        var question = scored[pick.Get % scored.Length].Id;
        var localities = assessment.Localities;
        var locality = localities.IsEmpty ? null : localities[pick.Get % localities.Length].Id;
        var top = new Response
        {
            Id = "zz-top",
            Question = question,
            DeskSource = "ds-law",
            Locality = locality,
            Rating = Rating.AtLevel(4),
        };
        var raised = assessment with { Responses = assessment.Responses.Add(top) };

        return Methods.All(method =>
        {
            var before = ScoringEngine.Score(framework, assessment, Options(method));
            var after = ScoringEngine.Score(framework, raised, Options(method));
            return after.Scopes.All(scope =>
                before.FindScore(question, scope)?.Level is not double old
                || after.FindScore(question, scope)!.Level >= old - 1e-12);
        });
    }

    [Property]
    public bool EveryRollUp_IsTheWeightedMeanOfItsChildren(Assessment assessment, PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var framework = TinyFramework.Create();
        var options = ScoringOptions.Default with
        {
            QuestionWeights = RandomWeights(framework.Questions.Select(q => q.Id), random),
            TopicWeights = RandomWeights(TopicIds(framework), random),
            SectionWeights = RandomWeights(framework.Sections.Select(s => s.Id), random),
            PillarWeights = RandomWeights(framework.Pillars.Select(p => p.Id), random),
        };

        var result = ScoringEngine.Score(framework, assessment, options);

        return result.RollUps.SelectMany(r => Nodes(r.Root)).Where(n => n.Kind != RollUpKind.Question)
            .All(AgreesWithChildren);
    }

    private static IEnumerable<string> TopicIds(TipAssessment.Framework.AssessmentFramework framework) =>
        framework.Sections.SelectMany(s => s.Topics).Select(t => t.Id);

    private static bool AgreesWithChildren(RollUpNode node)
    {
        var counted = node.Children.Where(c => c.Normalised is not null && c.Weight > 0).ToList();
        if (counted.Count == 0)
        {
            return node.Normalised is null;
        }

        var expected = counted.Sum(c => c.Weight * c.Normalised!.Value) / counted.Sum(c => c.Weight);
        return node.Normalised is double actual && Math.Abs(actual - expected) < 1e-9;
    }

    private static ImmutableSortedDictionary<string, double> RandomWeights(
        IEnumerable<string> ids,
        Random random) =>
        ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal,
            ids.Select(id => new KeyValuePair<string, double>(id, random.Next(0, 5) * 0.5)));

    private static ScoringOptions Options(AggregationMethod method) => ScoringOptions.Default with
    {
        Aggregation = method,
        SourceWeights = ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal,
            new[]
            {
                new KeyValuePair<string, double>("victim", 2.5),
                new KeyValuePair<string, double>("national-law", 0.5),
            }),
    };

    private static IEnumerable<RollUpNode> Nodes(RollUpNode node) => new[] { node }
        .Concat(node.Children.SelectMany(Nodes));
}
