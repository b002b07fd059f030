using System.Linq;
using TipAssessment.Redaction;
using TipAssessment.Reports;
using Xunit;

namespace TipAssessment.Tests.Reports;

/// <summary>The HTML report's chart of a shared analysis: no bar for a suppressed score.</summary>
public class SharedHtmlChartTests
{
    [Fact]
    public void Render_SharedNepal_DrawsBarsOnlyForShownScoresAndSaysWhichAreSuppressed()
    {
        var shared = SharedReportSamples.Nepal;
        var rollUps = shared.Analysis.Scoring.RollUps;
        var nodes = rollUps.SelectMany(r => r.Root.Children
            .Select(p => (r.Scope, Path: r.Root.Id + "/" + p.Id, Node: p))
            .Append((r.Scope, Path: r.Root.Id, Node: r.Root))).ToList();
        var hidden = nodes
            .Where(n => shared.Find(SuppressedCellKind.RollUpNode, n.Scope + "|" + n.Path) is not null)
            .Select(n => n.Node).ToList();
        var shown = nodes.Count(n => n.Node.Normalised is not null && !hidden.Contains(n.Node));

        var svg = HtmlReportTests.Parse(HtmlReport.Render(shared, null)).Descendants()
            .Single(e => e.Name.LocalName == "svg");

        Assert.NotEmpty(hidden);
        Assert.Equal(shown + rollUps.Length, svg.Descendants().Count(e => e.Name.LocalName == "rect"));
        Assert.Equal(hidden.Count, svg.Descendants().Count(e => e.Name.LocalName == "text"
            && e.Value.StartsWith("suppressed (", System.StringComparison.Ordinal)));
    }
}
