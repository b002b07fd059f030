using System.Linq;
using TipAssessment.Reports;
using Xunit;

namespace TipAssessment.Tests.Reports;

public sealed class FrameworkReportTests
{
    [Fact]
    public void Markdown_StatesTheFrameworksCounts()
    {
        var markdown = FrameworkReport.Markdown(ReportSamples.Framework);

        // 77 entries and 76 distinct questions are facts of the seed (see DOMAIN.md).
        Assert.Contains("- 77 question entries; 76 distinct questions", markdown);
        Assert.Contains("- 8 informant types, 6 desk sources", markdown);
    }

    [Fact]
    public void Markdown_ShowsTheQuestionPlacedTwiceInBothPlacesSayingWhereElse()
    {
        var framework = ReportSamples.Framework;
        var twice = framework.Questions.Single(q => framework.PlacementsOf(q.Id).Length == 2);

        var markdown = FrameworkReport.Markdown(framework);

        Assert.Equal(2, markdown.Split('\n').Count(l => l.StartsWith("| " + twice.Id + " |")));
        Assert.Contains("<br>Also in: ", markdown);
    }

    [Fact]
    public void Markdown_InFrench_UsesTheFrenchSectionTitles()
    {
        var framework = ReportSamples.Framework;
        var section = framework.Translations["fr"].Sections.First();

        var markdown = FrameworkReport.Markdown(framework, new ReportOptions { Language = "fr" });

        Assert.Contains("\n### " + MarkdownText.Inline(section.Value) + "\n", markdown);
    }
}
