using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Analysis;
using TipAssessment.Gaps;
using TipAssessment.Redaction;

namespace TipAssessment.Reports;

/// <summary>
/// Writes the gap chart as CSV (RFC 4180: a header record, CRLF record ends, quoted fields where needed), one
/// record per gap row in rank order, for a spreadsheet or a script.
/// </summary>
/// <remarks>
/// Columns: <c>rank, area, area_title, row_id, topic, topic_title, questions, localities, locality_names,
/// current_state, desired_state, gap, drivers, driver_titles, solutions, solution_titles, current_level,
/// target_level, gap_levels, severity, breadth, priority, evidence_responses</c>. Lists within a field are
/// separated by <c>"; "</c> (ids by a space). Numbers use a point and at most two decimals. Deterministic
/// and thread-safe. An analysis without gap rows gives the header alone.
/// </remarks>
public static class GapCsv
{
    /// <summary>The header record's column names, in order.</summary>
    public static ImmutableArray<string> Columns { get; } = ImmutableArray.Create(
        "rank", "area", "area_title", "row_id", "topic", "topic_title", "questions", "localities",
        "locality_names", "current_state", "desired_state", "gap", "drivers", "driver_titles", "solutions",
        "solution_titles", "current_level", "target_level", "gap_levels", "severity", "breadth", "priority",
        "evidence_responses");

    /// <summary>Writes the gap rows with topic titles in the framework's default language.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Render(AssessmentAnalysis analysis) => Render(analysis, null);

    /// <summary>Writes the gap rows.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="options">The language of topic titles; <see langword="null"/> for <see
    /// cref="ReportOptions.Default"/>.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Render(AssessmentAnalysis analysis, ReportOptions? options)
    {
        Guard.NotNull(analysis, nameof(analysis));
        return Write(analysis, options, ReportSuppression.None);
    }

    /// <summary>Writes the gap rows of a shared analysis. A suppressed row keeps only what locates it
    /// (<c>rank, area, area_title, row_id</c>); each of its other text fields reads <c>suppressed</c> with
    /// the reason (such as <c>suppressed (fewer than 5 informants)</c>) and its number fields are
    /// empty.</summary>
    /// <param name="shared">The shared analysis.</param>
    /// <param name="options">The language of topic titles; <see langword="null"/> for <see
    /// cref="ReportOptions.Default"/>.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="shared"/> is null.</exception>
    public static string Render(SharedAnalysis shared, ReportOptions? options)
    {
        Guard.NotNull(shared, nameof(shared));
        return Write(shared.Analysis, options, new ReportSuppression(shared));
    }

    private static string Write(AssessmentAnalysis analysis, ReportOptions? options, ReportSuppression hide)
    {
        var labels = ReportLabels.For(analysis, options);
        var csv = new Rfc4180(Columns);
        foreach (var row in analysis.Gaps.Rows)
        {
            var hidden = hide.Row(row);
            csv.Record(hidden is null ? Fields(row, labels) : Suppressed(row, labels, hidden));
        }

        return csv.ToString();
    }

    /// <summary>The locating fields, then the mark in text fields and nothing in number fields (from
    /// <c>current_level</c> on), so that a script reading numbers sees them as missing.</summary>
    private static string[] Suppressed(GapRow row, ReportLabels labels, string mark)
    {
        var fields = new string[Columns.Length];
        var located = new[] { ReportNumbers.Count(row.Rank), row.Area, labels.Area(row.Area), row.Id };
        var firstNumber = Columns.IndexOf("current_level");
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = i < located.Length ? located[i] : i < firstNumber ? mark : string.Empty;
        }

        return fields;
    }

    private static string[] Fields(GapRow row, ReportLabels labels) => new[]
    {
        ReportNumbers.Count(row.Rank),
        row.Area,
        labels.Area(row.Area),
        row.Id,
        row.Topic ?? string.Empty,
        labels.Topic(row.Topic),
        Ids(row.Questions.Select(q => q.Question)),
        Ids(row.Localities),
        Texts(row.Localities.Select(labels.Locality)),
        row.CurrentState.Text,
        row.DesiredState.Text,
        row.Gap.Text,
        Ids(row.Drivers.Select(d => d.Driver)),
        Texts(row.Drivers.Select(d => d.Title)),
        Ids(row.Solutions.Select(s => s.Solution)),
        Texts(row.Solutions.Select(s => s.Title)),
        ReportNumbers.Format(row.CurrentState.Level, 2),
        ReportNumbers.Count(row.DesiredState.TargetLevel),
        ReportNumbers.Format(row.Gap.Levels, 2),
        ReportNumbers.Format(row.Severity, 2),
        ReportNumbers.Format(row.Breadth.Value, 2),
        ReportNumbers.Format(row.Priority, 2),
        ReportNumbers.Count(row.Evidence.Length),
    };

    private static string Ids(IEnumerable<string> ids) => string.Join(" ", ids);

    private static string Texts(IEnumerable<string> texts) => string.Join("; ", texts);
}
