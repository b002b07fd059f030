using System;
using TipAssessment.Assessments;
using TipAssessment.Gaps;
using TipAssessment.Scoring;

namespace TipAssessment.Analysis;

/// <summary>
/// Options for a whole analysis: how to score, which gap chart to draw, and an optional baseline round to
/// compare with.
/// </summary>
/// <remarks>Immutable and safe to share between threads; derive variants with <c>with</c>.</remarks>
public sealed record AnalysisOptions
{
    /// <summary>The defaults: default scoring and gap options, no baseline.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>How scores are computed.</summary>
    public ScoringOptions Scoring { get; init; } = ScoringOptions.Default;

    /// <summary>Which gap chart to draw, and whether informants' words may appear in it (not by
    /// default).</summary>
    public GapOptions Gaps { get; init; } = GapOptions.Default;

    /// <summary>
    /// An earlier assessment of the same place to compare with, analysed against the same framework with the
    /// same options; <see langword="null"/> for none.
    /// </summary>
    public Assessment? Baseline { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is missing or out of range; the message names
    /// it.</exception>
    public void Validate()
    {
        if (Scoring is null || Gaps is null)
        {
            throw new ArgumentException("Scoring and Gaps options must not be null.", "options");
        }

        Scoring.Validate();
        Gaps.Validate();
    }
}
