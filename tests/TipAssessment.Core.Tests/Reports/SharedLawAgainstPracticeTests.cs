using System.Linq;
using TipAssessment.Redaction;
using Xunit;

namespace TipAssessment.Tests.Reports;

/// <summary>Suppressed implementation gaps in the shared report's law-against-practice table.</summary>
public class SharedLawAgainstPracticeTests
{
    [Fact]
    public void Build_SharedNepal_LeavesOutTheRowOfEverySuppressedImplementationGap()
    {
        var gaps = SharedReportSamples.Nepal.Analysis.Scoring.ImplementationGaps;
        var plain = SharedReportSamples.Rows(SharedReportSamples.Blocks(false), "law-practice")
            .Select(SharedReportSamples.Text).ToList();
        var shared = SharedReportSamples.Rows(SharedReportSamples.Blocks(true), "law-practice")
            .Select(SharedReportSamples.Text).ToList();
        var hidden = 0;

        for (var i = 0; i < gaps.Length; i++)
        {
            var cell = SharedReportSamples.Nepal.Find(
                SuppressedCellKind.ImplementationGap, gaps[i].Linkage + "|" + gaps[i].Locality);
            if (cell is not null)
            {
                hidden++;
                Assert.DoesNotContain(plain[i], shared);
            }
        }

        Assert.True(hidden > 0, "the sample should have suppressed implementation gaps");
        Assert.Equal(gaps.Length - hidden, shared.Count);
    }

    [Fact]
    public void Build_SharedNepal_AShownRowShowsNoSuppressedPracticeScore()
    {
        var gaps = SharedReportSamples.Nepal.Analysis.Scoring.ImplementationGaps;
        var shown = gaps.Where(g => SharedReportSamples.Nepal.Find(
            SuppressedCellKind.ImplementationGap, g.Linkage + "|" + g.Locality) is null);

        var leaks = shown.SelectMany(g => g.PracticeQuestions.Select(p => SharedReportSamples.Nepal.Find(
            SuppressedCellKind.Score, p.Question + "|locality:" + g.Locality))).OfType<SuppressedCell>();

        Assert.Empty(leaks);
    }
}
