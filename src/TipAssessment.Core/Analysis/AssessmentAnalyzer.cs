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
    /// <exception cref="ArgumentException">The options are invalid, or the rating scale has fewer than two
    /// levels.</exception>
    public static AssessmentAnalysis Analyze(
        AssessmentFramework framework,
        Assessment assessment,
        AnalysisOptions? options = null)
    {
        Guard.NotNull(framework, nameof(framework));
        Guard.NotNull(assessment, nameof(assessment));
        options ??= AnalysisOptions.Default;
        options.Validate();
        var current = Single(framework, assessment, options);
        if (options.Baseline is null)
        {
            return current;
        }

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
    public static Rounds.RoundComparison Compare(AssessmentAnalysis baseline, AssessmentAnalysis followUp)
    {
        Guard.NotNull(baseline, nameof(baseline));
        Guard.NotNull(followUp, nameof(followUp));
        return RoundComparer.Compare(baseline.Scoring, baseline.Gaps, followUp.Scoring, followUp.Gaps);
    }

    private static AssessmentAnalysis Single(
        AssessmentFramework framework,
        Assessment assessment,
        AnalysisOptions options)
    {
        var scoring = ScoringEngine.Score(framework, assessment, options.Scoring);
        return new AssessmentAnalysis
        {
            Options = options,
            Scoring = scoring,
            Gaps = GapDeriver.Derive(scoring, options.Gaps),
        };
    }
}
