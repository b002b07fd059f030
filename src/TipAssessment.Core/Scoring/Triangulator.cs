using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;

namespace TipAssessment.Scoring;

/// <summary>Compares the perspective groups' levels on each question and scope, and flags wide
/// divergence.</summary>
internal static class Triangulator
{
    public static ImmutableArray<TriangulationFlag> FindAll(ScoringContext context)
    {
        var flags = new List<(TriangulationFlag Flag, int Question, int Scope)>();
        var scratch = new Scratch(context.Framework.PerspectiveGroups.Length);
        try
        {
            var position = 0;
            foreach (var question in context.Framework.Questions)
            {
                position++;
                // The national scope is left out: its evidence is all in the overall scope, and comparing it
                // again would repeat every flag of an assessment made without localities.
                foreach (var scope in context.Scopes)
                {
                    if (scope.Kind == ScopeKind.National)
                    {
                        continue;
                    }

                    var tally = context.Index.Find(question.Id, scope);
                    var flag = tally?.HasGroupedRating != true
                        ? null
                        : Compare(context, question.Id, scope, tally!, scratch);
                    if (flag is not null)
                    {
                        flags.Add((flag, position, context.ScopeOrder(scope)));
                    }
                }
            }
        }
        finally
        {
            scratch.Release();
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
        Tally tally,
        Scratch scratch)
    {
        // Each group's aggregated offset, or NaN for a group without ratings; nothing is allocated unless the
        // question is flagged.
        var offsets = scratch.Offsets;
        var groups = tally.GroupCount;
        int rated = 0;
        double min = double.MaxValue, max = double.MinValue;
        for (var g = 0; g < groups; g++)
        {
            var counts = tally.Group(g);
            offsets[g] = double.NaN;
            if (counts.Total > 0)
            {
                var offset = QuestionScorer.Aggregate(context, counts);
                offsets[g] = offset;
                min = Math.Min(min, offset);
                max = Math.Max(max, offset);
                rated++;
            }
        }

        if (rated < 2)
        {
            return null;
        }

        var divergence = max - min;
        if (!(divergence > context.Options.TriangulationThreshold))
        {
            return null;
        }

        var views = new GroupView[rated];
        var v = 0;
        for (var g = 0; g < groups; g++)
        {
            var count = tally.Group(g).Total;
            if (count > 0)
            {
                views[v++] = View(context, tally, g, offsets[g], count, scratch);
            }
        }

        return new TriangulationFlag
        {
            Question = question,
            Scope = scope,
            Divergence = divergence,
            Threshold = context.Options.TriangulationThreshold,
            Groups = ImmutableCollectionsMarshal.AsImmutableArray(views),
        };
    }

    private static GroupView View(
        ScoringContext context,
        Tally tally,
        int group,
        double offset,
        int count,
        Scratch scratch)
    {
        var index = context.Index;
        var members = scratch.Members(count);
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

    /// <summary>Buffers reused across every question and scope; the members buffer is rented and must be
    /// released. Nothing made from them outlives a call.</summary>
    private sealed class Scratch
    {
        private int[] _members = Array.Empty<int>();

        public Scratch(int groups) => Offsets = new double[groups];

        public double[] Offsets { get; }

        public int[] Members(int count)
        {
            if (_members.Length < count)
            {
                Release();
                _members = ArrayPool<int>.Shared.Rent(count);
            }

            return _members;
        }

        public void Release()
        {
            if (_members.Length > 0)
            {
                ArrayPool<int>.Shared.Return(_members);
                _members = Array.Empty<int>();
            }
        }
    }
}
