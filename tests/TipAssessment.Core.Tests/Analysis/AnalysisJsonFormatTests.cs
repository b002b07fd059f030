using System.Linq;
using System.Text.Json;
using TipAssessment.Analysis;
using TipAssessment.Serialization;
using TipAssessment.Tests.Gaps;
using TipAssessment.Tests.Scoring;
using Xunit;

namespace TipAssessment.Tests.Analysis;

public sealed class AnalysisJsonFormatTests
{
    private static readonly string Json =
        AnalysisJson.Export(AssessmentAnalyzer.Analyze(TinyFramework.Create(), GapExample.Assessment()));

    [Theory]
    [InlineData(62.5, "62.5")]
    [InlineData(100.0, "100")]
    [InlineData(1.0 / 3, "0.33")]
    [InlineData(2.675, "2.68")]
    [InlineData(-2.675, "-2.68")]
    [InlineData(-0.001, "0")]
    [InlineData(45.833333333333336, "45.83")]
    public void FormatNumber_RoundsHalfAwayFromZeroToTwoDecimals(double value, string expected)
    {
        Assert.Equal(expected, AnalysisJsonWriter.FormatNumber(value));
    }

    [Fact]
    public void Export_GapRow_StartsWithTheChartsFiveColumns()
    {
        using var document = JsonDocument.Parse(Json);

        var row = document.RootElement.GetProperty("gapChart").GetProperty("rows")[0];

        Assert.Equal(
            new[] { "currentState", "desiredState", "gap", "drivers", "solutions" },
            row.EnumerateObject().Take(5).Select(p => p.Name));
    }

    [Fact]
    public void Export_Header_NamesKindVersionAndSchema()
    {
        using var document = JsonDocument.Parse(Json);
        var root = document.RootElement;

        Assert.Equal(AnalysisJson.SchemaId, root.GetProperty("$schema").GetString());
        Assert.Equal("tipassessment.analysis", root.GetProperty("kind").GetString());
        Assert.Equal("1.0", root.GetProperty("formatVersion").GetString());
    }

    [Fact]
    public void Export_EveryScore_ListsTheResponsesBehindIt()
    {
        using var document = JsonDocument.Parse(Json);
        var ids = GapExample.Assessment().Responses.Select(r => r.Id).ToHashSet();

        var scores = document.RootElement.GetProperty("scores").EnumerateArray().ToList();

        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.Equal(
            s.GetProperty("rated").GetInt32(),
            s.GetProperty("responses").GetArrayLength()));
        var listed = scores.SelectMany(s => s.GetProperty("responses").EnumerateArray());
        Assert.All(listed, r => Assert.Contains(r.GetString()!, ids));
    }

    [Fact]
    public void Export_ByDefault_CarriesNoInformantWords()
    {
        Assert.DoesNotContain("\"notes\"", Json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"proposedText\"", Json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("nothing written down", Json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Export_EndsWithOneLineFeedAndUsesTwoSpaceIndentation()
    {
        Assert.EndsWith("}\n", Json, System.StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"$schema\"", Json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\r", Json, System.StringComparison.Ordinal);
    }
}
