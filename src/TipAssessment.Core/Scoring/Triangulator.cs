using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TipAssessment.Scoring;

/// <summary>Compares the perspective groups' levels on each question and scope, and flags wide
/// divergence.</summary>
internal static class Triangulator
{
    public static ImmutableArray<TriangulationFlag> FindAll(ScoringContext context)
    {
        var flags = new List<(TriangulationFlag Flag, int Question, int Scope)>();
        var position = 0;
        foreach (var question in context.Framework.Questions)
        {
            position++;
            // The national scope is left out: its evidence is all in the overall scope, and comparing it
            // again would repeat every flag of an assessment made without localities.
            foreach (var scope in context.Scopes.Where(s => s.Kind != ScopeKind.National))
            {
                var tally = context.Index.Find(question.Id, scope);
                var flag = tally?.HasGroupedRating != true
                    ? null
                    : Compare(context, question.Id, scope, tally!);
                if (flag is not null)
                {
                    flags.Add((flag, position, context.ScopeOrder(scope)));
                }
            }
        }

        // Widest disagreement first; ties in framework question order, then scope order.
        return flags
            .OrderByDescending(f => f.Flag.Divergence)
            .ThenBy(f => f.Question)
            .ThenBy(f => f.Scope)
            .Select(f => f.Flag)
            .ToImmutableArray();
    }

    private static TriangulationFlag? Compare(
        ScoringContext context,
        string question,
        ScoreScope scope,
        Tally tally)
    {
        var groups = new List<(int Group, double Offset, int Count)>();
        var byGroup = tally.Groups();
        for (var g = 0; g < byGroup.Length; g++)
        {
            var counts = byGroup[g];
            if (counts is not null && counts.Total > 0)
            {
                groups.Add((g, QuestionScorer.Aggregate(context, counts), counts.Total));
            }
        }

        if (groups.Count < 2)
        {
            return null;
        }

        var divergence = groups.Max(g => g.Offset) - groups.Min(g => g.Offset);
        if (!(divergence > context.Options.TriangulationThreshold))
        {
            return null;
        }

        return new TriangulationFlag
        {
            Question = question,
            Scope = scope,
            Divergence = divergence,
            Threshold = context.Options.TriangulationThreshold,
            Groups = groups.Select(g => View(context, tally, g.Group, g.Offset, g.Count)).ToImmutableArray(),
        };
    }

    private static GroupView View(ScoringContext context, Tally tally, int group, double offset, int count)
    {
        var index = context.Index;
        var members = new int[count];
        var found = 0;
        foreach (var position in tally.Rated)
        {
            if (index.SourceTable[index.SourceOf[position]].Group == group)
            {
                members[found++] = position;
            }
        }

        return new GroupView(
            context.Framework.PerspectiveGroups[group].Id,
            context.LevelOf(offset),
            context.Normalise(offset),
            count,
            index.IdsInOrder(members.AsSpan(0, found)));
    }
}
