using System.Linq;
using TipAssessment.Analysis;
using TipAssessment.Redaction;

namespace TipAssessment.Reports;

/// <summary>
/// Writes an analysis as one self-contained HTML page: the content of <see cref="MarkdownReport"/>, an inline
/// style sheet that reads well on a screen and prints well, and a chart of scores by pillar and locality
/// drawn
/// as inline SVG. Nothing is fetched: no script, font, image or style sheet is referenced from outside.
/// </summary>
/// <remarks>
/// Every text from data is HTML-escaped, so nothing in an assessment can add markup. The page is HTML5 and
/// also well-formed XML. Deterministic (invariant numbers, fixed layout); UTF-8, LF line ends, a final LF.
/// Thread-safe.
/// </remarks>
public static class HtmlReport
{
    /// <summary>Writes the page in the framework's default language.</summary>
    /// <param name="analysis">The analysis to report.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Render(AssessmentAnalysis analysis) => Render(analysis, null);

    /// <summary>Writes the page.</summary>
    /// <param name="analysis">The analysis to report.</param>
    /// <param name="options">The language; <see langword="null"/> for <see
    /// cref="ReportOptions.Default"/>.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Render(AssessmentAnalysis analysis, ReportOptions? options)
    {
        Guard.NotNull(analysis, nameof(analysis));
        return Page(analysis, options, ReportSuppression.None);
    }

    /// <summary>Writes the page of a shared analysis, with the suppressions of <see
    /// cref="MarkdownReport.Render(SharedAnalysis, ReportOptions?)"/>; the chart draws no bar for a
    /// suppressed score and says it is suppressed.</summary>
    /// <param name="shared">The shared analysis.</param>
    /// <param name="options">The language; <see langword="null"/> for <see
    /// cref="ReportOptions.Default"/>.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="shared"/> is null.</exception>
    public static string Render(SharedAnalysis shared, ReportOptions? options)
    {
        Guard.NotNull(shared, nameof(shared));
        return Page(shared.Analysis, options, new ReportSuppression(shared));
    }

    private static string Page(AssessmentAnalysis analysis, ReportOptions? options, ReportSuppression hide)
    {
        var (blocks, labels) = ReportBuilder.Build(analysis, options ?? ReportOptions.Default, hide);
        var bands = analysis.Scoring.Options.Bands.Select(b => (b.MinScore, b.Label)).ToList();
        var title = HtmlText.Escape("Gap analysis: " + analysis.Assessment.Title);
        var html = new HtmlWriter()
            .Line("<!DOCTYPE html>")
            .Line($"<html lang=\"{HtmlText.Escape(labels.Framework.DefaultLanguage)}\">")
            .Line("<head>")
            .Line("<meta charset=\"utf-8\"/>")
            .Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
            .Line("<meta name=\"generator\" content=\"TipAssessment\"/>")
            .Line($"<title>{title}</title>")
            .Line("<style>" + HtmlStyle.Css + "</style>")
            .Line("</head>")
            .Line("<body>")
            .Line("<main>");
        html.Blocks(blocks, matrix => SvgScoreChart.Draw(matrix, bands));
        return html.Line("</main>")
            .Line(Footer(analysis))
            .Line("</body>")
            .Line("</html>")
            .ToString();
    }

    private static string Footer(AssessmentAnalysis analysis)
    {
        var framework = HtmlText.Escape(analysis.Framework.Id + " " + analysis.Framework.Version);
        var assessment = HtmlText.Escape(analysis.Assessment.Id);
        return $"<footer>Framework {framework}; assessment {assessment}. Written by TipAssessment.</footer>";
    }
}
