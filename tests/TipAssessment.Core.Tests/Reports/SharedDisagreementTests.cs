using System;
using System.Linq;
using TipAssessment.Redaction;
using TipAssessment.Reports;
using TipAssessment.Tests.Redaction;
using TipAssessment.Tests.Scoring;
using Xunit;

namespace TipAssessment.Tests.Reports;

/// <summary>A flagged disagreement with a small victims group, in the shared report.</summary>
public class SharedDisagreementTests
{
    [Fact]
    public void Build_FlagWithTwoVictims_LeavesTheFlagOutAndCountsIt()
    {
        var shared = SharedAnalysis.Create(
            TinyFramework.Create(), VictimGroupTests.Divergent(2), null, RedactionSamples.Seeded(42));
        var cell = Assert.Single(shared.Suppressed, c => c.Kind == SuppressedCellKind.Triangulation);

        var plain = SharedReportSamples.Rows(SharedReportSamples.Blocks(shared, false), "disagreements");
        var rows = SharedReportSamples.Rows(SharedReportSamples.Blocks(shared, true), "disagreements");
        var markdown = MarkdownReport.Render(shared, null);

        Assert.Single(plain);
        Assert.Empty(rows);
        var said = "1 flagged disagreement not shown: " + SharedReportSamples.Mark(cell);
        Assert.Contains(said, markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("No two informant groups differ", markdown, StringComparison.Ordinal);
    }
}
