using System;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Gaps;
using TipAssessment.Rounds;
using TipAssessment.Scoring;

namespace TipAssessment.Analysis;

/// <summary>
/// The one-call entry to the engine: scores an assessment (<see cref="ScoringEngine"/>), derives its gap
/// chart (<see cref="GapDeriver"/>) and, given a baseline, compares the rounds (<see cref="RoundComparer"/>).
/// </summary>
/// <remarks>Thread-safe: the analyzer holds no state. Cost grows linearly with the number of
/// responses.</remarks>
public static class AssessmentAnalyzer
{
    /// <summary>Analyses an assessment.</summary>
    /// <param name="framework">The framework the assessment is coded against.</param>
    /// <param name="assessment">The assessment (the follow-up, when a baseline is given).</param>
    /// <param name="options">The options; <see cref="AnalysisOptions.Default"/> when null.</param>
    /// <returns>The analysis; problems in the data are warnings in
    /// <see cref="AssessmentAnalysis.Problems"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> or <paramref name="assessment"/>
    /// is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, the rating scale has fewer than two
    /// levels, exactly one of the assessment and the baseline is redacted, or <paramref name="assessment"/>
    /// or the baseline is malformed: an array member is a default
    /// <see cref="System.Collections.Immutable.ImmutableArray{T}"/>, or an element or a required member is
    /// null (the message names it).</exception>
    public static AssessmentAnalysis Analyze(
        AssessmentFramework framework,
        Assessment assessment,
        AnalysisOptions? options = null)
    {
        Guard.NotNull(framework, nameof(framework));
        Guard.NotNull(assessment, nameof(assessment));
        options ??= AnalysisOptions.Default;
        options.Validate();
        ModelGuard.Check(assessment, nameof(assessment));
        if (options.Baseline is not null)
        {
            ModelGuard.Check(options.Baseline, nameof(options), "options.Baseline");
        }

        var current = Single(framework, assessment, options);
        if (options.Baseline is null)
        {
            return current;
        }

        RefuseMixedRedaction(options.Baseline, assessment);
        var baseline = Single(framework, options.Baseline, options with { Baseline = null });
        return new AssessmentAnalysis
        {
            Options = options,
            Scoring = current.Scoring,
            Gaps = current.Gaps,
            Baseline = baseline,
            Comparison = Compare(baseline, current),
        };
    }

    /// <summary>Compares two analyses of the same place, made with the same options.</summary>
    /// <param name="baseline">The earlier round.</param>
    /// <param name="followUp">The later round.</param>
    /// <returns>Score changes and gap rows closed, opened and persisting.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Exactly one of the two rounds is redacted.</exception>
    public static Rounds.RoundComparison Compare(AssessmentAnalysis baseline, AssessmentAnalysis followUp)
    {
        Guard.NotNull(baseline, nameof(baseline));
        Guard.NotNull(followUp, nameof(followUp));
        RefuseMixedRedaction(baseline.Assessment, followUp.Assessment);
        return RoundComparer.Compare(baseline.Scoring, baseline.Gaps, followUp.Scoring, followUp.Gaps);
    }

    // A redacted round has new informant codes and coarse dates: set against an original it would compare
    // unlike with unlike, and joining the two is exactly what redaction must prevent.
    private static void RefuseMixedRedaction(Assessment baseline, Assessment followUp)
    {
        if ((baseline.Redaction is null) != (followUp.Redaction is null))
        {
            throw new ArgumentException(
                "One round is a redacted (shareable) copy and the other is not; compare two originals, or "
                + "two redacted copies.", nameof(baseline));
        }
    }

    /// <summary>One round's analysis (the baseline in <paramref name="options"/> is not read), for callers
    /// that made <see cref="Analyze"/>'s checks already.</summary>
    internal static AssessmentAnalysis Single(
        AssessmentFramework framework,
        Assessment assessment,
        AnalysisOptions options)
    {
        var scoring = ScoringEngine.ScoreChecked(framework, assessment, options.Scoring);
        return new AssessmentAnalysis
        {
            Options = options,
            Scoring = scoring,
            Gaps = GapDeriver.Derive(scoring, options.Gaps),
        };
    }
}
