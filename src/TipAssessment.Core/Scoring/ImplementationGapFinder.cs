using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;

namespace TipAssessment.Scoring;

/// <summary>For each linkage and locality: the legal score against the practice score.</summary>
internal static class ImplementationGapFinder
{
    public static ImmutableArray<ImplementationGap> FindAll(ScoringContext context)
    {
        var gaps = new List<ImplementationGap>();
        foreach (var linkage in context.Framework.Linkages)
        {
            var legal = NationalView(context, linkage.LegalQuestion);
            if (legal is null)
            {
                continue;
            }

            foreach (var locality in context.Index.LocalityIds)
            {
                var gap = InLocality(context, linkage, legal, locality);
                if (gap is not null)
                {
                    gaps.Add(gap);
                }
            }
        }

        // Largest gap first; ties by linkage id, then locality id (ordinal), so the order never depends on
        // input order.
        return gaps
            .OrderByDescending(g => g.Gap)
            .ThenBy(g => g.Linkage, StringComparer.Ordinal)
            .ThenBy(g => g.Locality, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>
    /// A question's national-level score with a level, or else its overall score with a level, or null: the
    /// view the legal side of a linkage and the national-compliance area take.
    /// </summary>
    public static QuestionScore? NationalView(ScoringContext context, string questionId)
    {
        var national = context.Score(questionId, ScoreScope.National);
        if (national?.HasLevel == true)
        {
            return national;
        }

        var overall = context.Score(questionId, ScoreScope.Overall);
        return overall?.HasLevel == true ? overall : null;
    }

    private static ImplementationGap? InLocality(
        ScoringContext context,
        Linkage linkage,
        QuestionScore legal,
        string locality)
    {
        var scope = ScoreScope.ForLocality(locality);
        ImmutableArray<PracticeScore>.Builder? practice = null;
        var sum = 0.0;
        foreach (var question in linkage.PracticeQuestions)
        {
            if (context.Score(question, scope) is { Normalised: double normalised } score)
            {
                practice ??= ImmutableArray.CreateBuilder<PracticeScore>(linkage.PracticeQuestions.Length);
                practice.Add(new PracticeScore(score.Question, normalised));
                sum += normalised;
            }
        }

        if (practice is null)
        {
            return null;
        }

        var mean = sum / practice.Count;
        return new ImplementationGap
        {
            Linkage = linkage.Id,
            LegalQuestion = linkage.LegalQuestion,
            LegalScope = legal.Scope,
            Legal = legal.Normalised!.Value,
            Locality = locality,
            Practice = mean,
            PracticeQuestions = practice.Count == practice.Capacity
                ? practice.MoveToImmutable()
                : practice.ToImmutable(),
            Gap = legal.Normalised!.Value - mean,
        };
    }
}
