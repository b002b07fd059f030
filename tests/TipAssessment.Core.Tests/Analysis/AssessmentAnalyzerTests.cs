using System;
using System.Linq;
using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Problems;
using TipAssessment.Scoring;
using TipAssessment.Tests.Gaps;
using TipAssessment.Tests.Scoring;
using Xunit;

namespace TipAssessment.Tests.Analysis;

public sealed class AssessmentAnalyzerTests
{
    [Fact]
    public void Analyze_WithoutBaseline_HasNoComparison()
    {
        var analysis = AssessmentAnalyzer.Analyze(TinyFramework.Create(), GapExample.Assessment());

        Assert.Null(analysis.Comparison);
        Assert.Null(analysis.Baseline);
        Assert.Equal(3, analysis.Gaps.Rows.Length);
    }

    [Fact]
    public void Analyze_WithBaseline_AnalysesItWithTheSameOptionsAndCompares()
    {
        var options = AnalysisOptions.Default with
        {
            Baseline = GapExample.Assessment() with { Id = "baseline" },
            Scoring = ScoringOptions.Default with { Aggregation = AggregationMethod.Mean },
        };

        var analysis = AssessmentAnalyzer.Analyze(TinyFramework.Create(), GapExample.Assessment(), options);

        Assert.Equal("baseline", analysis.Comparison!.Baseline);
        Assert.Equal(AggregationMethod.Mean, analysis.Baseline!.Options.Scoring.Aggregation);
        Assert.Null(analysis.Baseline.Options.Baseline);
        Assert.All(
            analysis.Comparison.Gaps,
            g => Assert.Equal(TipAssessment.Rounds.GapStatus.Persisting,
            g.Status));
    }

    [Fact]
    public void Analyze_AssessmentCodedAgainstAnotherFramework_WarnsOfTheMismatch()
    {
        var assessment = GapExample.Assessment() with { Framework = new FrameworkReference("tiny", "9.9.9") };

        var analysis = AssessmentAnalyzer.Analyze(TinyFramework.Create(), assessment);

        var problem = Assert.Single(analysis.Problems);
        Assert.Equal(
            (ProblemCodes.FrameworkMismatch, ProblemSeverity.Warning, "/framework"),
            (problem.Code, problem.Severity, problem.Pointer));
    }

    [Fact]
    public void Analyze_InvalidOptions_ThrowsArgumentException()
    {
        var options = AnalysisOptions.Default with { Scoring = null! };

        Assert.Throws<ArgumentException>(
            () => AssessmentAnalyzer.Analyze(TinyFramework.Create(),
            GapExample.Assessment(),
            options));
    }

    [Fact]
    public void Analyze_NullArguments_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(
            () => AssessmentAnalyzer.Analyze(null!,
            GapExample.Assessment()));
        Assert.Throws<ArgumentNullException>(() => AssessmentAnalyzer.Analyze(TinyFramework.Create(), null!));
    }
}
