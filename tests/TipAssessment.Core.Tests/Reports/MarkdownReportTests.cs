using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Reports;
using Xunit;

namespace TipAssessment.Tests.Reports;

public sealed class MarkdownReportTests
{
    private const string FiveColumns =
        "| Current state | Desired state | Gap | What is driving the gap? | How can we help close the gap? |";

    [Fact]
    public void Render_HasTheFiveColumnHeaderOncePerAreaWithGapRows()
    {
        var analysis = ReportSamples.MinimalAnalysis;

        var markdown = MarkdownReport.Render(analysis);

        var areasWithRows = analysis.Gaps.Rows.Select(r => r.Area).Distinct().Count();
        Assert.True(areasWithRows > 0);
        Assert.Equal(areasWithRows, markdown.Split('\n').Count(l => l == FiveColumns));
    }

    [Fact]
    public void Render_ListsEveryGapRowOnceWithItsRank()
    {
        var analysis = ReportSamples.MinimalAnalysis;

        var markdown = MarkdownReport.Render(analysis);

        var lines = markdown.Split('\n');
        Assert.All(analysis.Gaps.Rows, r => Assert.Single(lines, l => l.StartsWith($"| **\\#{r.Rank} · ")));
    }

    [Fact]
    public void Render_PutsTheProvenanceStatementUnderTheTitle()
    {
        var assessment = ReportSamples.Minimal with
        {
            Provenance = new Provenance(ProvenanceKind.ReconstructedFromPublicReports, "From a 2024 report."),
        };

        var lines = MarkdownReport.Render(ReportSamples.Analyse(assessment)).Split('\n');

        Assert.Equal(
            "> **Provenance: reconstructed from public reports, not from real interviews.** " +
            "From a 2024 report.",
            lines[2]);
    }

    [Fact]
    public void Render_HostileTitleAndLocality_CannotAddMarkupOrBreakTables()
    {
        var localities = ReportSamples.Minimal.Localities
            .Select(l => l with { Name = "<img src=x> | *x*\nnext" })
            .ToImmutableArray();
        var assessment = ReportSamples.Minimal with { Title = "# <script>", Localities = localities };

        var markdown = MarkdownReport.Render(ReportSamples.Analyse(assessment));

        Assert.StartsWith("# Gap analysis: \\# &lt;script&gt;\n", markdown);
        Assert.DoesNotContain("<img", markdown);
        Assert.Contains("&lt;img src=x&gt; \\| \\*x\\*<br>next", markdown);
    }

    [Fact]
    public void Render_InAnotherLanguage_UsesTheTranslatedQuestionTexts()
    {
        var analysis = ReportSamples.MinimalAnalysis;
        var french = ReportSamples.Framework.Translations["fr"].Questions;
        var question = analysis.Gaps.Rows.SelectMany(r => r.Questions)
            .Select(q => q.Question)
            .First(french.ContainsKey);

        var markdown = MarkdownReport.Render(analysis, new ReportOptions { Language = "fr" });

        Assert.Contains(MarkdownText.Cell(french[question]), markdown);
        var english = ReportSamples.Framework.FindQuestion(question)!.Text;
        Assert.DoesNotContain(MarkdownText.Cell(english), markdown);
    }

    [Fact]
    public void Render_IsTheSameInEveryCulture()
    {
        var analysis = ReportSamples.MinimalAnalysis;

        var invariant = MarkdownReport.Render(analysis);

        Assert.Equal(invariant, ReportSamples.InCulture("de-DE", () => MarkdownReport.Render(analysis)));
        Assert.Equal(invariant, ReportSamples.InCulture("ar-SA", () => MarkdownReport.Render(analysis)));
    }

    [Fact]
    public void Render_WithABaseline_ReportsTheChanges()
    {
        var options = AnalysisOptions.Default with { Baseline = ReportSamples.Minimal };

        var markdown = MarkdownReport.Render(ReportSamples.Analyse(ReportSamples.Minimal, options));

        Assert.Contains("\n## Changes since the baseline\n", markdown);
        Assert.Contains("- Gap rows persisting: ", markdown);
    }
}
