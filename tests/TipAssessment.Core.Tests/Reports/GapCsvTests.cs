using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using TipAssessment.Reports;
using Xunit;

namespace TipAssessment.Tests.Reports;

public sealed class GapCsvTests
{
    [Fact]
    public void Render_HasTheHeaderAndOneRecordPerGapRowInRankOrder()
    {
        var analysis = ReportSamples.MinimalAnalysis;

        var records = CsvText.Parse(GapCsv.Render(analysis));

        Assert.Equal(GapCsv.Columns, records[0]);
        Assert.Equal(analysis.Gaps.Rows.Select(r => r.Id), records.Skip(1).Select(r => r[3]));
        var ranks = analysis.Gaps.Rows.Select(r => r.Rank.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(ranks, records.Skip(1).Select(r => r[0]));
        Assert.All(records, r => Assert.Equal(GapCsv.Columns.Length, r.Count));
    }

    [Fact]
    public void Render_KeepsTheFiveChartColumnsWhole()
    {
        var row = ReportSamples.MinimalAnalysis.Gaps.Rows[0];

        var record = CsvText.Parse(GapCsv.Render(ReportSamples.MinimalAnalysis))[1];

        Assert.Equal(row.CurrentState.Text, record[9]);
        Assert.Equal(row.DesiredState.Text, record[10]);
        Assert.Equal(row.Gap.Text, record[11]);
        Assert.Equal(string.Join(" ", row.Drivers.Select(d => d.Driver)), record[12]);
        Assert.Equal(string.Join(" ", row.Solutions.Select(s => s.Solution)), record[14]);
    }

    [Fact]
    public void Render_WithoutGapRows_IsTheHeaderAlone()
    {
        var options = TipAssessment.Analysis.AnalysisOptions.Default with
        {
            Gaps = TipAssessment.Gaps.GapOptions.Default with { Areas = ImmutableArray.Create("prevention") },
        };
        var analysis = ReportSamples.Analyse(ReportSamples.Minimal, options);
        Assert.Empty(analysis.Gaps.Rows);

        Assert.Equal(string.Join(",", GapCsv.Columns) + "\r\n", GapCsv.Render(analysis));
    }
}
