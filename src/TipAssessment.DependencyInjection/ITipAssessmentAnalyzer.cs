using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Framework;

namespace TipAssessment.DependencyInjection;

/// <summary>
/// Scores an assessment and derives its gap chart with the registered framework and
/// <see cref="TipAssessmentOptions.Analysis"/>. Implementations registered by
/// <see cref="TipAssessmentServiceCollectionExtensions"/> are stateless and safe to use from many threads.
/// </summary>
public interface ITipAssessmentAnalyzer
{
    /// <summary>The framework every assessment is scored against; never <see langword="null"/>.</summary>
    AssessmentFramework Framework { get; }

    /// <summary>The options every analysis uses (without a baseline); never <see langword="null"/>.</summary>
    AnalysisOptions Options { get; }

    /// <summary>
    /// Analyses one assessment. Responses the framework does not know are left out of the scores and reported
    /// in <see cref="AssessmentAnalysis.Problems"/>; a locality without evidence has no scores rather than
    /// zero scores.
    /// </summary>
    /// <param name="assessment">An imported assessment; must not be <see langword="null"/>.</param>
    /// <returns>The scores and gap chart; never <see langword="null"/>.</returns>
    AssessmentAnalysis Analyze(Assessment assessment);

    /// <summary>Analyses a follow-up round against a baseline round and compares the two.</summary>
    /// <param name="assessment">The follow-up round; must not be <see langword="null"/>.</param>
    /// <param name="baseline">The earlier round; must not be <see langword="null"/>.</param>
    /// <returns>The analysis with <see cref="AssessmentAnalysis.Comparison"/> set; never
    /// <see langword="null"/>.</returns>
    AssessmentAnalysis Analyze(Assessment assessment, Assessment baseline);
}
