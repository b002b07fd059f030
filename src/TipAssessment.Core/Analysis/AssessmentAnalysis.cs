using System.Collections.Immutable;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Gaps;
using TipAssessment.Problems;
using TipAssessment.Rounds;
using TipAssessment.Scoring;

namespace TipAssessment.Analysis;

/// <summary>
/// The results of analysing one assessment: its scores (per question, locality and roll-up, with coverage,
/// bands and caps), triangulation flags, implementation gaps, the gap chart and, when a baseline was given,
/// the comparison of rounds. <c>AnalysisJson</c> writes it as a document.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class AssessmentAnalysis
{
    /// <summary>The framework used.</summary>
    public AssessmentFramework Framework => Scoring.Framework;

    /// <summary>The assessment analysed.</summary>
    public Assessment Assessment => Scoring.Assessment;

    /// <summary>The options in force.</summary>
    public AnalysisOptions Options { get; internal init; } = AnalysisOptions.Default;

    /// <summary>The scores.</summary>
    public ScoringResult Scoring { get; internal init; } = null!;

    /// <summary>The gap chart.</summary>
    public GapChart Gaps { get; internal init; } = new();

    /// <summary>The analysis of the baseline round; <see langword="null"/> when no baseline was
    /// given.</summary>
    public AssessmentAnalysis? Baseline { get; internal init; }

    /// <summary>Changes since the baseline round; <see langword="null"/> when no baseline was
    /// given.</summary>
    public RoundComparison? Comparison { get; internal init; }

    /// <summary>Warnings from scoring, then from the gap chart (the baseline's are on
    /// <see cref="Baseline"/>).</summary>
    public ImmutableArray<Problem> Problems => Scoring.Problems.AddRange(Gaps.Problems);
}
