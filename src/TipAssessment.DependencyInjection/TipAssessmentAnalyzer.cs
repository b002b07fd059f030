using Microsoft.Extensions.Options;
using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Framework;

namespace TipAssessment.DependencyInjection;

/// <summary>The registered <see cref="ITipAssessmentAnalyzer"/>: AssessmentAnalyzer with injected
/// settings.</summary>
internal sealed class TipAssessmentAnalyzer : ITipAssessmentAnalyzer
{
    public TipAssessmentAnalyzer(AssessmentFramework framework, IOptions<TipAssessmentOptions> options)
    {
        Framework = Guard.NotNull(framework, nameof(framework));
        Options = Guard.NotNull(options, nameof(options)).Value.Analysis;
    }

    public AssessmentFramework Framework { get; }

    public AnalysisOptions Options { get; }

    public AssessmentAnalysis Analyze(Assessment assessment) =>
        AssessmentAnalyzer.Analyze(Framework, Guard.NotNull(assessment, nameof(assessment)), Options);

    public AssessmentAnalysis Analyze(Assessment assessment, Assessment baseline) =>
        AssessmentAnalyzer.Analyze(
            Framework,
            Guard.NotNull(assessment, nameof(assessment)),
            Options with { Baseline = Guard.NotNull(baseline, nameof(baseline)) });
}
