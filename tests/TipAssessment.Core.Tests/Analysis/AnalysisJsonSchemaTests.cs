using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using Json.Schema;
using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Gaps;
using TipAssessment.Scoring;
using TipAssessment.Serialization;
using TipAssessment.Tests.Gaps;
using TipAssessment.Tests.Scoring;
using Xunit;

namespace TipAssessment.Tests.Analysis;

public sealed class AnalysisJsonSchemaTests
{
    [Fact]
    public void Schema_IsAValidDraft202012Schema_WithItsVersionedId()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(AnalysisSchema.Path));

        var result = MetaSchemas.Draft202012.Evaluate(document.RootElement);

        Assert.True(result.IsValid);
        Assert.Equal(AnalysisJson.SchemaId, document.RootElement.GetProperty("$id").GetString());
        Assert.False(document.RootElement.TryGetProperty("oneOf", out _));
    }

    [Fact]
    public void Export_WithBaselineAndNotes_IsValidAgainstTheSchema()
    {
        var options = AnalysisOptions.Default with
        {
            Baseline = GapExample.Assessment(),
            Gaps = GapOptions.Default with { IncludeNotes = true },
        };
        var analysis = AssessmentAnalyzer.Analyze(
            TinyFramework.Create(),
            GapExample.Assessment() with { Id = "again" },
            options);

        var json = AnalysisJson.Export(analysis);

        Assert.Empty(AnalysisSchema.Errors(json));
        Assert.Contains("\"comparison\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"notes\"", json, System.StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(RandomAssessments) }, MaxTest = 100)]
    public bool Export_OfAnyAnalysis_IsValidAgainstTheSchema(
        Assessment assessment,
        bool byQuestion,
        bool indented)
    {
        var options = AnalysisOptions.Default with
        {
            Gaps = GapOptions.Default with
            {
                IncludeNotes = true,
                Grouping = byQuestion ? GapGrouping.ByQuestion : GapGrouping.ByTopic,
            },
            Scoring = ScoringOptions.Default with
            {
                Aggregation = byQuestion ? AggregationMethod.Mean : AggregationMethod.Median,
            },
        };

        var json = AnalysisJson.Export(
            AssessmentAnalyzer.Analyze(TinyFramework.Create(), assessment, options),
            indented);

        return AnalysisSchema.Errors(json).Count == 0;
    }
}
