using TipAssessment.Analysis;
using TipAssessment.Redaction;

namespace TipAssessment.Reports;

/// <summary>
/// Writes an analysis as a Markdown report (CommonMark with GitHub tables): the provenance statement first,
/// then the gap chart area by area in the user's five columns (current state, desired state, gap, what is
/// driving the gap, how we can help close it), the priority order, the localities, the scores by pillar and
/// locality, flagged disagreements between informant groups, the law-against-practice table, changes since
/// a baseline, and what was left out.
/// </summary>
/// <remarks>
/// Deterministic: the same analysis and options give the same text on every runtime and culture (invariant
/// numbers rounded half away from zero). Every text from data is escaped, so nothing in an assessment can
/// add Markdown syntax or raw HTML, and line breaks in a table cell become <c>&lt;br&gt;</c>. LF line ends
/// and a final LF. Thread-safe.
/// </remarks>
public static class MarkdownReport
{
    /// <summary>Writes the report in the framework's default language.</summary>
    /// <param name="analysis">The analysis to report.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Render(AssessmentAnalysis analysis) => Render(analysis, null);

    /// <summary>Writes the report.</summary>
    /// <param name="analysis">The analysis to report.</param>
    /// <param name="options">The language; <see langword="null"/> for <see
    /// cref="ReportOptions.Default"/>.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Render(AssessmentAnalysis analysis, ReportOptions? options)
    {
        Guard.NotNull(analysis, nameof(analysis));
        var (blocks, _) = ReportBuilder.Build(
            analysis, options ?? ReportOptions.Default, ReportSuppression.None);
        return MarkdownWriter.Write(blocks);
    }

    /// <summary>Writes the report of a shared analysis: every suppressed cell reads <c>suppressed</c> with
    /// its reason (such as <c>suppressed (fewer than 5 informants)</c>) and never its value; hidden gap rows,
    /// flagged disagreements and law-against-practice rows are left out and counted, with the reasons.
    /// No note is ever shown; informant codes are the redacted copy's new ones.</summary>
    /// <param name="shared">The shared analysis.</param>
    /// <param name="options">The language; <see langword="null"/> for <see
    /// cref="ReportOptions.Default"/>.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="shared"/> is null.</exception>
    public static string Render(SharedAnalysis shared, ReportOptions? options)
    {
        Guard.NotNull(shared, nameof(shared));
        var hide = new ReportSuppression(shared);
        var (blocks, _) = ReportBuilder.Build(shared.Analysis, options ?? ReportOptions.Default, hide);
        return MarkdownWriter.Write(blocks);
    }
}
