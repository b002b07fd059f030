using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TipAssessment.Assessments;
using TipAssessment.Scoring;
using TipAssessment.Tests.Redaction;
using Xunit;

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

    [Property]
    public bool EveryScore_ListsExactlyTheResponsesBehindIt(Assessment assessment)
    {
        // The lists are copied out of shared columns when first read: recomputed here from the responses.
        var framework = TinyFramework.Create();
        var result = ScoringEngine.Score(framework, assessment);
        var excluded = result.Excluded.Select(e => e.Response).ToHashSet(StringComparer.Ordinal);
        return result.Scores.All(score =>
        {
            var counted = assessment.Responses
                .Where(r => r.Question == score.Question && InScope(r, score.Scope))
                .Where(r => !excluded.Contains(r.Id))
                .ToList();
            return score.Responses.SequenceEqual(IdsOf(counted.Where(r => r.Rating.IsLevel)))
                && score.OtherResponses.SequenceEqual(IdsOf(counted.Where(r => !r.Rating.IsLevel)))
                && score.RatedCount == score.Responses.Length;
        });
    }

    [Property]
    public bool EveryTriangulatedGroup_HasTheLevelItsOwnRatingsGive(Assessment assessment)
    {
        // Each perspective group's level comes from its own counts; recomputed here from the ratings of the
        // responses the group view lists, for each aggregation.
        var framework = TinyFramework.Create();
        var typeOf = assessment.Informants.GroupBy(i => i.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
        var byId = assessment.Responses.GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return Methods.All(method =>
        {
            // Types of one group weigh differently, so a group's weighted mean differs from its mean.
            var options = Options(method) with
            {
                TriangulationThreshold = 0,
                SourceWeights = ImmutableSortedDictionary.CreateRange(
                    StringComparer.Ordinal,
                    new[]
                    {
                        new KeyValuePair<string, double>("law-enforcement", 3),
                        new KeyValuePair<string, double>("service-provider", 0.5),
                    }),
            };
            var result = ScoringEngine.Score(framework, assessment, options);
            return result.Triangulation.SelectMany(f => f.Groups).All(group =>
            {
                var rated = group.Responses.Select(id => byId[id]).ToList();
                var weights = rated.Select(r => ScoringOptions.WeightOf(
                    options.SourceWeights, typeOf[r.Informant!])).ToList();
                var expected = Naive(method, rated.Select(r => r.Rating.Level!.Value).ToList(), weights);
                return group.Count == rated.Count && Math.Abs(group.Level - expected) < 1e-9;
            });
        });
    }

    [Fact]
    public void AScoresResponseList_IsCopiedOnceAndSharedByEveryReader()
    {
        var scores = ScoringEngine.Score(RedactionSamples.Framework, RedactionSamples.Nepal).Scores;
        Assert.NotEmpty(scores);
        foreach (var score in scores)
        {
            var lists = new ImmutableArray<string>[8];
            System.Threading.Tasks.Parallel.For(0, lists.Length, i => lists[i] = score.Responses);
            Assert.All(lists, list => Assert.True(list == lists[0], "every reader gets the same array"));
            Assert.True(score.OtherResponses == score.OtherResponses);
            Assert.False(score.Responses.IsDefault || score.OtherResponses.IsDefault);
        }
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

    private static bool InScope(Response response, ScoreScope scope) => scope.Kind switch
    {
        ScopeKind.Overall => true,
        ScopeKind.National => response.Locality is null,
        _ => response.Locality == scope.Locality,
    };

    private static IEnumerable<string> IdsOf(IEnumerable<Response> responses) =>
        responses.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal);

    private static double Naive(AggregationMethod method, List<int> levels, List<double> weights)
    {
        switch (method)
        {
            case AggregationMethod.Mean:
                return levels.Average();
            case AggregationMethod.WeightedMean:
                var mean = levels.Select((l, i) => l * weights[i]).Sum() / weights.Sum();
                return Math.Min(4, Math.Max(0, mean));
            default:
                var sorted = levels.OrderBy(l => l).ToList();
                var n = sorted.Count;
                return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2.0;
        }
    }

    private static IEnumerable<RollUpNode> Nodes(RollUpNode node) => new[] { node }
        .Concat(node.Children.SelectMany(Nodes));
}
