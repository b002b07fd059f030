using System.Globalization;
using System.Linq;
using System.Text.Json;
using TipAssessment.Tests.Reports;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary>
/// <c>analyze --format csv</c> and <c>--format scores-csv</c>: RFC 4180 with a header, consistent column
/// counts, and as many records as the analysis document has gap rows and question scores.
/// </summary>
public class CsvFormatTests
{
    private static readonly string[] GapHeader =
    {
        "rank", "area", "area_title", "row_id", "topic", "topic_title", "questions", "localities",
        "locality_names", "current_state", "desired_state", "gap", "drivers", "driver_titles", "solutions",
        "solution_titles", "current_level", "target_level", "gap_levels", "severity", "breadth", "priority",
        "evidence_responses",
    };

    private static readonly string[] ScoresHeader =
    {
        "assessment", "scope", "locality", "locality_name", "pillar", "section", "topic", "question",
        "question_text", "band", "measure", "value",
    };

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void GapCsv_Sample_HasTheHeaderAndOneRecordPerGapRow(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample), "--format", "csv");
        var json = Tool.Cached("analyze", Files.Sample(sample), "--format", "json");

        var records = CsvText.Parse(run.Stdout);
        var rows = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("gapChart").GetProperty("rows");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(GapHeader, records[0]);
        Assert.All(records, r => Assert.Equal(GapHeader.Length, r.Count));
        Assert.Equal(rows.GetArrayLength(), records.Count - 1);
        var ids = rows.EnumerateArray().Select(r => r.GetProperty("id").GetString());
        Assert.Equal(ids, records.Skip(1).Select(r => r[3]));
    }

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void ScoresCsv_Sample_IsLongFormatWithTenMeasuresPerQuestionScore(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample), "--format", "scores-csv");
        var json = Tool.Cached("analyze", Files.Sample(sample), "--format", "json");

        var records = CsvText.Parse(run.Stdout);
        var scores = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("scores").GetArrayLength();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ScoresHeader, records[0]);
        Assert.All(records, r => Assert.Equal(ScoresHeader.Length, r.Count));
        Assert.Equal(scores * 10, records.Count - 1);
        Assert.All(records.Skip(1), r => Assert.Contains(r[1], new[] { "overall", "national", "locality" }));
    }

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void ScoresCsv_Sample_NumbersUseAPointAndParseInvariantly(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample), "--format", "scores-csv");

        var values = CsvText.Parse(run.Stdout).Skip(1).Select(r => r[11]).Where(v => v.Length > 0).ToList();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.True(
            double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _), v));
    }

    [Fact]
    public void Csv_RecordsEndWithCrLf()
    {
        var run = Tool.Cached("analyze", Files.Sample("minimal.assessment.json"), "--format", "csv");

        Assert.EndsWith("\r\n", run.Stdout);
        Assert.StartsWith(string.Join(",", GapHeader) + "\r\n", run.Stdout);
    }
}
