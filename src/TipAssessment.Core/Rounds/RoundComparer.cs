using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Gaps;
using TipAssessment.Scoring;

namespace TipAssessment.Rounds;

/// <summary>
/// Compares two rounds of assessment of the same place (a baseline and a follow-up): score changes and gap
/// rows closed, opened and persisting.
/// </summary>
/// <remarks>
/// Compare rounds scored with the same options and charted with the same gap options: rows match by id, which
/// depends on the grouping. Questions, nodes and localities match by id. Thread-safe: no state.
/// </remarks>
public static class RoundComparer
{
    /// <summary>Compares a baseline round with a follow-up round.</summary>
    /// <param name="baseline">The baseline's scores.</param>
    /// <param name="baselineGaps">The baseline's gap chart.</param>
    /// <param name="followUp">The follow-up's scores.</param>
    /// <param name="followUpGaps">The follow-up's gap chart.</param>
    /// <returns>The changes; empty lists when the rounds share nothing.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RoundComparison Compare(
        ScoringResult baseline,
        GapChart baselineGaps,
        ScoringResult followUp,
        GapChart followUpGaps)
    {
        Guard.NotNull(baseline, nameof(baseline));
        Guard.NotNull(baselineGaps, nameof(baselineGaps));
        Guard.NotNull(followUp, nameof(followUp));
        Guard.NotNull(followUpGaps, nameof(followUpGaps));
        var scopes = Scopes(baseline, followUp);
        return new RoundComparison
        {
            Baseline = baseline.Assessment.Id,
            FollowUp = followUp.Assessment.Id,
            Questions = scopes.SelectMany(s => QuestionChanges(baseline, followUp, s)).ToImmutableArray(),
            RollUps = scopes.SelectMany(s => RollUpChanges(baseline, followUp, s)).ToImmutableArray(),
            Gaps = GapChanges(baselineGaps, followUp, followUpGaps),
        };
    }

    private static List<ScoreScope> Scopes(ScoringResult baseline, ScoringResult followUp) =>
        followUp.Scopes.Concat(baseline.Scopes).Distinct()
            .OrderBy(s => s.Kind == ScopeKind.Locality ? 2 : (int)s.Kind)
            .ToList();

    private static IEnumerable<ScoreChange> QuestionChanges(
        ScoringResult baseline,
        ScoringResult followUp,
        ScoreScope scope)
    {
        var ids = followUp.Framework.Questions.Select(q => q.Id)
            .Concat(baseline.Framework.Questions.Select(q => q.Id))
            .Distinct(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var before = baseline.FindScore(id, scope)?.Normalised;
            var after = followUp.FindScore(id, scope)?.Normalised;
            if (before is not null || after is not null)
            {
                yield return Change(RollUpKind.Question, id, scope, before, after);
            }
        }
    }

    private static IEnumerable<ScoreChange> RollUpChanges(
        ScoringResult baseline,
        ScoringResult followUp,
        ScoreScope scope)
    {
        var before = Nodes(baseline.FindRollUp(scope));
        var after = Nodes(followUp.FindRollUp(scope));
        var seen = new HashSet<(RollUpKind, string)>();
        foreach (var node in after.Concat(before))
        {
            var key = (node.Kind, node.Kind == RollUpKind.Assessment ? string.Empty : node.Id);
            if (!seen.Add(key))
            {
                continue;
            }

            var b = before.FirstOrDefault(n => Same(n, key))?.Normalised;
            var a = after.FirstOrDefault(n => Same(n, key))?.Normalised;
            if (b is not null || a is not null)
            {
                yield return Change(node.Kind, Id(node, followUp), scope, b, a);
            }
        }
    }

    private static bool Same(RollUpNode node, (RollUpKind Kind, string Id) key) =>
        node.Kind == key.Kind
        && (key.Kind == RollUpKind.Assessment || string.Equals(node.Id, key.Id, StringComparison.Ordinal));

    private static string Id(RollUpNode node, ScoringResult followUp) =>
        node.Kind == RollUpKind.Assessment ? followUp.Assessment.Id : node.Id;

    /// <summary>The tree's nodes above the questions, in pre-order.</summary>
    private static List<RollUpNode> Nodes(RollUp? rollUp)
    {
        var nodes = new List<RollUpNode>();
        var stack = new Stack<RollUpNode>();
        if (rollUp is not null)
        {
            stack.Push(rollUp.Root);
        }

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            nodes.Add(node);
            foreach (var child in node.Children.Reverse().Where(c => c.Kind != RollUpKind.Question))
            {
                stack.Push(child);
            }
        }

        return nodes;
    }

    private static ScoreChange Change(
        RollUpKind kind,
        string id,
        ScoreScope scope,
        double? before,
        double? after) => new()
        {
            Kind = kind,
            Id = id,
            Scope = scope,
            Baseline = before,
            FollowUp = after,
            Change = before is not null && after is not null ? after - before : null,
        };

    private static ImmutableArray<GapChange> GapChanges(
        GapChart baselineGaps,
        ScoringResult followUp,
        GapChart followUpGaps)
    {
        var before = baselineGaps.Rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var after = new HashSet<string>(followUpGaps.Rows.Select(r => r.Id), StringComparer.Ordinal);
        var changes = followUpGaps.Rows
            .Select(r => GapChangeOf(before.TryGetValue(r.Id, out var b) ? b : null, r, followUp));
        var gone = baselineGaps.Rows
            .Where(r => !after.Contains(r.Id))
            .Select(r => GapChangeOf(r, null, followUp));
        return changes.Concat(gone).ToImmutableArray();
    }

    private static GapChange GapChangeOf(GapRow? before, GapRow? after, ScoringResult followUp) => new()
    {
        Row = (after ?? before)!.Id,
        Area = (after ?? before)!.Area,
        Status = after is null ? GoneStatus(before!, followUp)
            : before is null ? GapStatus.Opened
            : GapStatus.Persisting,
        BaselineRank = before?.Rank,
        FollowUpRank = after?.Rank,
        BaselineSeverity = before?.Severity,
        FollowUpSeverity = after?.Severity,
        BaselinePriority = before?.Priority,
        FollowUpPriority = after?.Priority,
    };

    private static GapStatus GoneStatus(GapRow before, ScoringResult followUp)
    {
        var reassessed = before.Questions.Any(q =>
            q.Shortfalls.Any(s => followUp.FindScore(q.Question, s.Scope)?.HasLevel == true));
        return reassessed ? GapStatus.Closed : GapStatus.Unassessed;
    }
}
