using System.Collections.Immutable;

namespace TipAssessment.Scoring;

/// <summary>
/// A question on which perspective groups (such as state actors and victims) disagree by more than the
/// threshold, with what each group said: the divergence is shown, not averaged away.
/// </summary>
/// <remarks>
/// Each group's level is aggregated from its own rated responses with the same method as scores. Desk
/// evidence belongs to no group and stays out. Groups are compared overall and in each locality; national
/// evidence is compared as part of the overall scope. Immutable and safe to share between threads.
/// </remarks>
public sealed class TriangulationFlag
{
    /// <summary>The question's id.</summary>
    public string Question { get; internal init; } = string.Empty;

    /// <summary>The evidence compared.</summary>
    public ScoreScope Scope { get; internal init; } = ScoreScope.Overall;

    /// <summary>The highest group level minus the lowest, in levels; always above
    /// <see cref="Threshold"/>.</summary>
    public double Divergence { get; internal init; }

    /// <summary>The threshold in force, in levels.</summary>
    public double Threshold { get; internal init; }

    /// <summary>Every group heard on the question in this scope, in framework order.</summary>
    public ImmutableArray<GroupView> Groups { get; internal init; } = ImmutableArray<GroupView>.Empty;
}

/// <summary>What one perspective group said about a question.</summary>
/// <param name="Group">The perspective group's id.</param>
/// <param name="Level">The group's aggregated level.</param>
/// <param name="Normalised">The level on the 0-100 scale.</param>
/// <param name="Count">The number of rated responses from the group.</param>
/// <param name="Responses">Their ids, in ordinal order.</param>
public sealed record GroupView(
    string Group,
    double Level,
    double Normalised,
    int Count,
    ImmutableArray<string> Responses);
