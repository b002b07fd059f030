using System;
using TipAssessment.Analysis;
using TipAssessment.Redaction;
using Xunit;

namespace TipAssessment.Tests.Redaction;

/// <summary>A redacted round cannot be compared with an original one.</summary>
public class RoundMixingTests
{
    [Fact]
    public void Analyze_RedactedBaselineWithAnOriginalFollowUp_IsRefused()
    {
        var redacted = AssessmentRedactor.Redact(RedactionSamples.Nepal, RedactionSamples.Seeded(21));
        var options = AnalysisOptions.Default with { Baseline = redacted };

        Assert.Throws<ArgumentException>(
            () => AssessmentAnalyzer.Analyze(RedactionSamples.Framework, RedactionSamples.Nepal, options));
    }

    [Fact]
    public void Compare_OriginalBaselineWithARedactedFollowUp_IsRefused()
    {
        var original = AssessmentAnalyzer.Analyze(RedactionSamples.Framework, RedactionSamples.Nepal);
        var redacted = AssessmentAnalyzer.Analyze(
            RedactionSamples.Framework,
            AssessmentRedactor.Redact(RedactionSamples.Nepal, RedactionSamples.Seeded(22)));

        Assert.Throws<ArgumentException>(() => AssessmentAnalyzer.Compare(original, redacted));
    }

    [Fact]
    public void Compare_TwoRedactedRounds_IsAllowed()
    {
        var first = AssessmentAnalyzer.Analyze(
            RedactionSamples.Framework,
            AssessmentRedactor.Redact(RedactionSamples.Nepal, RedactionSamples.Seeded(23)));
        var second = AssessmentAnalyzer.Analyze(
            RedactionSamples.Framework,
            AssessmentRedactor.Redact(RedactionSamples.Nepal, RedactionSamples.Seeded(24)));

        Assert.NotNull(AssessmentAnalyzer.Compare(first, second));
    }
}
