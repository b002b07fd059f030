using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Scoring;

namespace TipAssessment.Rounds;

/// <summary>
/// What changed between two rounds of assessment of the same place: scores per question, topic, section,
/// pillar and the whole assessment, and which gap rows closed, opened or persist.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class RoundComparison
{
    /// <summary>The baseline assessment's id.</summary>
    public string Baseline { get; internal init; } = string.Empty;

    /// <summary>The follow-up assessment's id.</summary>
    public string FollowUp { get; internal init; } = string.Empty;

    /// <summary>
    /// Question score changes, for every question and scope with a level in either round: by scope (overall,
    /// national, the follow-up's localities, then the baseline's other localities), then in framework
    /// question order.
    /// </summary>
    public ImmutableArray<ScoreChange> Questions { get; internal init; } = ImmutableArray<ScoreChange>.Empty;

    /// <summary>
    /// Roll-up changes (assessment, pillars, sections, topics) for every node with a score in either round:
    /// by scope, then in tree order (the follow-up's tree, then nodes only the baseline has).
    /// </summary>
    public ImmutableArray<ScoreChange> RollUps { get; internal init; } = ImmutableArray<ScoreChange>.Empty;

    /// <summary>Gap rows matched by id: the follow-up's rows in rank order, then the baseline's other rows in
    /// rank order.</summary>
    public ImmutableArray<GapChange> Gaps { get; internal init; } = ImmutableArray<GapChange>.Empty;

    /// <summary>The gap rows with the given status, in <see cref="Gaps"/> order.</summary>
    public ImmutableArray<GapChange> GapsWith(GapStatus status) =>
        Gaps.Where(g => g.Status == status).ToImmutableArray();
}

/// <summary>A normalised score in two rounds.</summary>
public sealed class ScoreChange
{
    /// <summary>What the score is of.</summary>
    public RollUpKind Kind { get; internal init; }

    /// <summary>The id of the question, topic, section or pillar; the follow-up assessment's id for the
    /// assessment.</summary>
    public string Id { get; internal init; } = string.Empty;

    /// <summary>The scope compared.</summary>
    public ScoreScope Scope { get; internal init; } = ScoreScope.Overall;

    /// <summary>The baseline's normalised score (0-100); <see langword="null"/> when it had no
    /// level.</summary>
    public double? Baseline { get; internal init; }

    /// <summary>The follow-up's normalised score (0-100); <see langword="null"/> when it has no
    /// level.</summary>
    public double? FollowUp { get; internal init; }

    /// <summary>Follow-up minus baseline, in normalised points; <see langword="null"/> unless both have a
    /// level.</summary>
    public double? Change { get; internal init; }
}

/// <summary>What became of a gap row between rounds.</summary>
public enum GapStatus
{
    /// <summary>The baseline had the row; the follow-up re-assessed at least one of its shortfalls and none
    /// falls short any more.</summary>
    Closed = 0,

    /// <summary>The follow-up has a row the baseline did not have.</summary>
    Opened = 1,

    /// <summary>Both rounds have the row.</summary>
    Persisting = 2,

    /// <summary>The baseline had the row, but the follow-up has no level on any of its former shortfalls:
    /// nothing can be said.</summary>
    Unassessed = 3,
}

/// <summary>A gap row across two rounds, matched by row id (area and topic, or area and question).</summary>
public sealed class GapChange
{
    /// <summary>The row's id.</summary>
    public string Row { get; internal init; } = string.Empty;

    /// <summary>The area's id.</summary>
    public string Area { get; internal init; } = string.Empty;

    /// <summary>What became of the row.</summary>
    public GapStatus Status { get; internal init; }

    /// <summary>The row's rank in the baseline chart; <see langword="null"/> when it had none.</summary>
    public int? BaselineRank { get; internal init; }

    /// <summary>The row's rank in the follow-up chart; <see langword="null"/> when it has none.</summary>
    public int? FollowUpRank { get; internal init; }

    /// <summary>The row's severity in the baseline (0-1); <see langword="null"/> when it had none.</summary>
    public double? BaselineSeverity { get; internal init; }

    /// <summary>The row's severity in the follow-up (0-1); <see langword="null"/> when it has none.</summary>
    public double? FollowUpSeverity { get; internal init; }

    /// <summary>The row's priority in the baseline (0-100); <see langword="null"/> when it had
    /// none.</summary>
    public double? BaselinePriority { get; internal init; }

    /// <summary>The row's priority in the follow-up (0-100); <see langword="null"/> when it has
    /// none.</summary>
    public double? FollowUpPriority { get; internal init; }
}
