using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Gaps;
using TipAssessment.Scoring;
using TipAssessment.Serialization;
using TipAssessment.Tests.Gaps;
using TipAssessment.Tests.Scoring;
using Xunit;

namespace TipAssessment.Tests.Analysis;

public sealed class AnalysisDeterminismTests
{
    private static readonly AggregationMethod[] Methods =
    {
        AggregationMethod.Median, AggregationMethod.Mean, AggregationMethod.WeightedMean,
    };

    [Property(Arbitrary = new[] { typeof(RandomAssessments) }, MaxTest = 200)]
    public bool Analysis_ResponsesInAnyOrder_GivesTheSameDocument(Assessment assessment, PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var shuffled = assessment with
        {
            Responses = assessment.Responses.OrderBy(_ => random.Next()).ToImmutableArray(),
        };

        return Methods.All(method =>
        {
            var options = Options(method);
            var original = Export(assessment, options);
            var reordered = Export(shuffled, options);
            return string.Equals(original, reordered, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Export_Twice_GivesIdenticalBytes()
    {
        var analysis = AssessmentAnalyzer.Analyze(TinyFramework.Create(), GapExample.Assessment());

        Assert.Equal(AnalysisJson.ExportUtf8(analysis), AnalysisJson.ExportUtf8(analysis));
        Assert.Equal(
            AnalysisJson.ExportUtf8(analysis),
            AnalysisJson.ExportUtf8(
                AssessmentAnalyzer.Analyze(TinyFramework.Create(), GapExample.Assessment())));
    }

    private static string Export(Assessment assessment, AnalysisOptions options) =>
        AnalysisJson.Export(AssessmentAnalyzer.Analyze(TinyFramework.Create(), assessment, options));

    private static AnalysisOptions Options(AggregationMethod method) => AnalysisOptions.Default with
    {
        Scoring = ScoringOptions.Default with
        {
            Aggregation = method,
            SourceWeights = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(
                StringComparer.Ordinal,
                new[] { new System.Collections.Generic.KeyValuePair<string, double>("victim", 3) }),
        },
        Gaps = GapOptions.Default with { IncludeNotes = true },
    };
}
