using System.Linq;
using TipAssessment.Redaction;
using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.Tests.Reports;

/// <summary>The report's table of scores by pillar and scope, and its localities table, when
/// shared.</summary>
public class SharedScoreTableTests
{
    [Fact]
    public void Build_SharedNepal_EverySuppressedPillarOrAssessmentScoreReadsSuppressedNotItsValue()
    {
        var shared = SharedReportSamples.Rows(SharedReportSamples.Blocks(true), "scores");
        var plain = SharedReportSamples.Rows(SharedReportSamples.Blocks(false), "scores");
        var rollUps = SharedReportSamples.Nepal.Analysis.Scoring.RollUps;
        var pillars = SharedReportSamples.Nepal.Analysis.Framework.Pillars;
        var checkedCells = 0;

        for (var row = 0; row <= pillars.Length; row++)
        {
            for (var column = 0; column < rollUps.Length; column++)
            {
                var root = rollUps[column].Root.Id;
                var path = row < pillars.Length ? root + "/" + pillars[row].Id : root;
                var cell = SharedReportSamples.Nepal.Find(
                    SuppressedCellKind.RollUpNode, rollUps[column].Scope + "|" + path);
                var text = SharedReportSamples.Text(shared[row][column + 1]);
                var original = SharedReportSamples.Text(plain[row][column + 1]);
                if (cell is null)
                {
                    Assert.Equal(original, text);
                    continue;
                }

                checkedCells++;
                Assert.Equal(SharedReportSamples.Mark(cell), text);
                Assert.DoesNotContain(original, text);
            }
        }

        Assert.True(checkedCells > 0, "the sample should have suppressed pillar scores");
    }

    [Fact]
    public void Build_SharedNepalWithALargeK_ALocalityWithASuppressedScoreShowsNoScoreOrCoverage()
    {
        // Every locality of the sample has at least 5 informants; k = 10 hides some locality scores.
        var sample = SharedReportSamples.NepalWith(10);
        var shared = SharedReportSamples.Rows(SharedReportSamples.Blocks(sample, true), "localities");
        var plain = SharedReportSamples.Rows(SharedReportSamples.Blocks(sample, false), "localities");
        var analysis = sample.Analysis;
        var hidden = 0;

        for (var i = 0; i < analysis.Assessment.Localities.Length; i++)
        {
            var scope = ScoreScope.ForLocality(analysis.Assessment.Localities[i].Id);
            var root = analysis.Scoring.FindRollUp(scope)!.Root;
            var cell = sample.Find(SuppressedCellKind.RollUpNode, scope + "|" + root.Id);
            for (var column = 4; column < 7 && cell is not null; column++)
            {
                Assert.Equal(SharedReportSamples.Mark(cell), SharedReportSamples.Text(shared[i][column]));
                Assert.NotEqual(
                    SharedReportSamples.Text(plain[i][column]), SharedReportSamples.Text(shared[i][column]));
            }

            hidden += cell is null ? 0 : 1;
        }

        Assert.True(hidden > 0, "the sample should have a locality whose score is suppressed");
    }
}
