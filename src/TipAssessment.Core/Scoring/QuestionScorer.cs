using System;
using System.Collections.Immutable;

namespace TipAssessment.Scoring;

/// <summary>Turns each tally into a <see cref="QuestionScore"/>, in framework question order, then scope
/// order.</summary>
internal static class QuestionScorer
{
    public static ImmutableArray<QuestionScore> ScoreAll(ScoringContext context)
    {
        var scores = ImmutableArray.CreateBuilder<QuestionScore>(context.Index.TallyCount);
        foreach (var question in context.Framework.Questions)
        {
            if (context.Index.Find(question.Id) is null)
            {
                continue;
            }

            foreach (var scope in context.Scopes)
            {
                var tally = context.Index.Find(question.Id, scope);
                if (tally is not null && context.Score(question.Id, scope) is null)
                {
                    var score = Score(context, question.Id, scope, tally);
                    context.Add(score);
                    scores.Add(score);
                }
            }
        }

        // Every tally gives one score, so the builder is usually full and its array can be handed over.
        return scores.Count == scores.Capacity ? scores.MoveToImmutable() : scores.ToImmutable();
    }

    /// <summary>The aggregated level offset of some counts with the configured method.</summary>
    public static double Aggregate(ScoringContext context, LevelCounts counts) =>
        Aggregator.Aggregate(counts, context.Options.Aggregation, context.KeyWeights);

    private static QuestionScore Score(ScoringContext context, string question, ScoreScope scope, Tally tally)
    {
        var levels = tally.Levels;
        var (types, desk) = context.SourcesRated(levels);
        double? offset = levels.Total == 0 ? null : Aggregate(context, levels);
        double? normalised = offset is null ? null : context.Normalise(offset.Value);
        return new QuestionScore
        {
            Question = question,
            Scope = scope,
            Level = offset is null ? null : context.LevelOf(offset.Value),
            Normalised = normalised,
            Band = normalised is null ? null : context.BandOf(normalised.Value),
            RatedCount = levels.Total,
            UnknownCount = tally.Unknown,
            NotApplicableCount = tally.NotApplicable,
            UnratedCount = tally.Unrated,
            InformantTypes = types,
            DeskSources = desk,
            Spread = offset is null ? null : SpreadOf(context, levels),
            RatedIds = new IdSlice(context.Index.Ids, tally.Positions, tally.Start, tally.RatedCount),
            OtherIds = new IdSlice(
                context.Index.Ids, tally.Positions, tally.Start + tally.RatedCount, tally.OtherCount),
        };
    }

    private static Spread SpreadOf(ScoringContext context, LevelCounts counts)
    {
        Span<int> buffer = stackalloc int[LevelCounts.StackLevels];
        var byLevel = counts.ByLevel(counts.Levels <= buffer.Length ? buffer : new int[counts.Levels]);
        var min = 0;
        while (byLevel[min] == 0)
        {
            min++;
        }

        var max = byLevel.Length - 1;
        while (byLevel[max] == 0)
        {
            max--;
        }

        var deviation = Aggregator.StandardDeviation(byLevel, Aggregator.Mean(byLevel));
        return new Spread(context.Index.MinLevel + min, context.Index.MinLevel + max, deviation);
    }
}
