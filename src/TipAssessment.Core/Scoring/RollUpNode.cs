using System.Collections.Immutable;

namespace TipAssessment.Scoring;

/// <summary>The level of the framework a roll-up node stands for.</summary>
public enum RollUpKind
{
    /// <summary>The whole assessment (in one scope): the root.</summary>
    Assessment = 0,

    /// <summary>A pillar: the legal framework or one of the 4 Ps.</summary>
    Pillar = 1,

    /// <summary>A section of the checklist.</summary>
    Section = 2,

    /// <summary>A topic of a section.</summary>
    Topic = 3,

    /// <summary>A scored question placed in a topic: a leaf.</summary>
    Question = 4,
}

/// <summary>
/// One node of a roll-up: a question, topic, section, pillar or the whole assessment, with its weight in its
/// parent, its normalised score, band, caps and coverage.
/// </summary>
/// <remarks>
/// A node's score is the weighted mean of its children's normalised scores, over the children that have a
/// score and a weight above 0: sum(weight x score) / sum(weight). A child without evidence stays out of the
/// denominator and shows in <see cref="Coverage"/>; a node none of whose children has a score has none. A
/// question's node traces to its responses through the <see cref="QuestionScore"/> of the same question and
/// scope. Immutable and safe to share between threads.
/// </remarks>
public sealed class RollUpNode
{
    /// <summary>What the node stands for.</summary>
    public RollUpKind Kind { get; internal init; }

    /// <summary>The id of the question, topic, section or pillar; the assessment's id for the root.</summary>
    public string Id { get; internal init; } = string.Empty;

    /// <summary>The weight of the node in its parent (from <see cref="ScoringOptions"/>; 1 by default, 1 for
    /// the root).</summary>
    public double Weight { get; internal init; } = 1;

    /// <summary>The normalised score (0-100); <see langword="null"/> when nothing under the node has a
    /// level.</summary>
    public double? Normalised { get; internal init; }

    /// <summary>The band after any cap; <see langword="null"/> without a score.</summary>
    public string? Band { get; internal init; }

    /// <summary>The band the score alone gives, before caps; <see langword="null"/> without a
    /// score.</summary>
    public string? UncappedBand { get; internal init; }

    /// <summary>The red-flag rules that fired on this node (pillars and the root only), in framework
    /// order.</summary>
    public ImmutableArray<BandCap> Caps { get; internal init; } = ImmutableArray<BandCap>.Empty;

    /// <summary>The evidence coverage of the node's questions in this scope.</summary>
    public Coverage Coverage { get; internal init; } = new();

    /// <summary>The children in framework order; empty for a question.</summary>
    public ImmutableArray<RollUpNode> Children { get; internal init; } = ImmutableArray<RollUpNode>.Empty;
}

/// <summary>The roll-up of one scope: the whole assessment's tree of scores for that evidence.</summary>
/// <param name="Scope">The evidence the tree rests on.</param>
/// <param name="Root">The assessment node; its children are the pillars.</param>
public sealed record RollUp(ScoreScope Scope, RollUpNode Root);

/// <summary>A red-flag rule that fired on a pillar or the assessment, and what it did to the band.</summary>
/// <param name="Rule">The rule's id, such as <c>flag.victims-criminalised</c>.</param>
/// <param name="Question">The question whose level triggered it.</param>
/// <param name="Level">That question's aggregated level in the node's scope.</param>
/// <param name="AtOrBelowLevel">The rule fires at or below this level.</param>
/// <param name="CapsBand">The highest band allowed while it fires.</param>
/// <param name="Lowered">Whether the cap lowered the band (<see langword="false"/> when the score's band was
/// already at or below it).</param>
/// <param name="Reason">Why the evidence justifies the cap, from the framework.</param>
public sealed record BandCap(
    string Rule,
    string Question,
    double Level,
    int AtOrBelowLevel,
    string CapsBand,
    bool Lowered,
    string Reason);
