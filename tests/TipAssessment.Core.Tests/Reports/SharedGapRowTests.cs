using System;
using System.Globalization;
using System.Linq;
using TipAssessment.Redaction;
using TipAssessment.Reports;
using Xunit;

namespace TipAssessment.Tests.Reports;

/// <summary>Suppressed gap rows in the shared report and the shared gap CSV.</summary>
public class SharedGapRowTests
{
    [Fact]
    public void Build_SharedNepal_LeavesOutEverySuppressedGapRowAndCountsIt()
    {
        var hidden = SharedReportSamples.Of(SuppressedCellKind.GapRow);
        var blocks = SharedReportSamples.Blocks(true);
        var chart = SharedReportSamples.Rows(blocks, "gap-chart").Select(r => r[0].Lead!).ToList();
        var priority = SharedReportSamples.Rows(blocks, "priority").Select(r => r[0].Lines[0]).ToList();
        var rows = SharedReportSamples.Nepal.Analysis.Gaps.Rows;

        Assert.NotEmpty(hidden);
        foreach (var row in rows.Where(r => hidden.Any(c => c.Key == r.Id)))
        {
            var rank = row.Rank.ToString(CultureInfo.InvariantCulture);
            Assert.DoesNotContain(chart, lead => lead.StartsWith("#" + rank + " ", StringComparison.Ordinal));
            Assert.DoesNotContain(rank, priority);
        }

        Assert.Equal(rows.Length - hidden.Length, priority.Count);
        Assert.Contains(
            $"{hidden.Length} gap rows not shown:",
            MarkdownReport.Render(SharedReportSamples.Nepal, null),
            StringComparison.Ordinal);
    }

    [Fact]
    public void GapCsv_SharedNepal_ASuppressedRowKeepsOnlyWhereItIsAndTheMark()
    {
        var shared = CsvText.Parse(GapCsv.Render(SharedReportSamples.Nepal, null)).Skip(1).ToList();
        var plain = CsvText.Parse(GapCsv.Render(SharedReportSamples.Nepal.Analysis)).Skip(1).ToList();
        var hidden = SharedReportSamples.Of(SuppressedCellKind.GapRow);

        Assert.NotEmpty(hidden);
        foreach (var cell in hidden)
        {
            var i = plain.FindIndex(r => r[3] == cell.Key);
            Assert.Equal(plain[i].Take(4), shared[i].Take(4));
            for (var field = 4; field < plain[i].Count; field++)
            {
                Assert.Contains(shared[i][field], new[] { SharedReportSamples.Mark(cell), string.Empty });
                Assert.True(plain[i][field].Length == 0 || plain[i][field] != shared[i][field]);
            }
        }
    }

    [Fact]
    public void GapCsv_SharedNepal_AShownRowIsWrittenAsInTheUnsharedCsv()
    {
        var shared = CsvText.Parse(GapCsv.Render(SharedReportSamples.Nepal, null));
        var plain = CsvText.Parse(GapCsv.Render(SharedReportSamples.Nepal.Analysis));
        var hidden = SharedReportSamples.Of(SuppressedCellKind.GapRow).Select(c => c.Key).ToList();

        var shown = plain.Skip(1).Where(r => !hidden.Contains(r[3])).ToList();

        Assert.NotEmpty(shown);
        Assert.All(shown, r => Assert.Contains(shared, s => s.SequenceEqual(r)));
    }
}
