using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Gaps;

namespace TipAssessment.Reports;

internal sealed partial class ReportBuilder
{
    /// <summary>The user's five columns, in the user's words.</summary>
    public static readonly ImmutableArray<string> GapColumns = ImmutableArray.Create(
        "Current state",
        "Desired state",
        "Gap",
        "What is driving the gap?",
        "How can we help close the gap?");

    private void GapChart()
    {
        Add(new Heading(2, "Gap chart", "gap-chart"));
        var chart = _analysis.Gaps;
        var where = _labels.Localities(chart.Localities);
        Add(Paragraph.Labelled("Charted:", $"{where}; rows in order of priority."));
        foreach (var area in chart.Areas)
        {
            Area(area, chart.Rows.Where(r => r.Area == area).ToList());
        }
    }

    private void Area(string areaId, List<GapRow> all)
    {
        var (rows, hidden) = ReportSuppression.Split(all, _hide.Row);
        Add(new Heading(3, _labels.Area(areaId), "area-" + areaId));
        var area = _labels.Framework.FindArea(areaId);
        if (area is not null)
        {
            Add(Paragraph.Labelled("Area under consideration:", area.UnderConsideration));
        }

        if (all.Count == 0)
        {
            Add(Paragraph.Plain("No gap: no scored question with evidence falls below its desired state " +
                "here. Check the coverage below: questions without evidence cannot show a gap."));
            return;
        }

        if (!rows.IsEmpty)
        {
            Add(new Table(GapColumns, rows.Select(GapCells).ToImmutableArray(), "gap-chart"));
        }

        Suppressed(hidden, "gap row", "gap rows");
    }

    private ImmutableArray<Cell> GapCells(GapRow row) => ImmutableArray.Create(
        new Cell("#" + ReportNumbers.Count(row.Rank) + " · " + RowTitle(row),
            ImmutableArray.Create(row.CurrentState.Text)),
        Cell.Of(row.DesiredState.Text),
        new Cell(null, ImmutableArray.Create(row.Gap.Text).AddRange(row.Questions.Select(ShortfallLine))),
        new Cell(null, Drivers(row)),
        new Cell(null, Solutions(row)));

    /// <summary>The topic's title, or the question's text when rows group by question.</summary>
    private string RowTitle(GapRow row) => row.Topic is not null
        ? _labels.Topic(row.Topic)
        : _labels.Question(row.Questions.IsEmpty ? row.Id : row.Questions[0].Question);

    private string ShortfallLine(GapQuestion q)
    {
        var where = string.Join(
            ", ", q.Shortfalls.Select(s => $"{_labels.Scope(s.Scope)} at {ReportNumbers.Level(s.Level)}"));
        return $"{_labels.Question(q.Question)} ({where}; target {ReportNumbers.Count(q.TargetLevel)})";
    }

    private static ImmutableArray<string> Drivers(GapRow row) => row.Drivers.IsEmpty
        ? ImmutableArray.Create("No driver was coded in the evidence.")
        : row.Drivers.Select(d => $"{d.Title} ({Sources(d.Sources)}, {Places(d.Localities)})")
            .ToImmutableArray();

    private static ImmutableArray<string> Solutions(GapRow row)
    {
        var lines = row.Solutions
            .Select(s => $"{s.Title} ({ReportLabels.Horizon(s.Horizon)}{Proposed(s)})")
            .ToList();
        lines.AddRange(row.ProposedText.Select(t => "Proposed in response " + t.Response + ": " + t.Text));
        return lines.Count == 0
            ? ImmutableArray.Create("No catalogue solution addresses the drivers found.")
            : lines.ToImmutableArray();
    }

    private static string Proposed(RankedSolution s) =>
        s.ProposedBy == 0 ? string.Empty : "; proposed by " + Count(s.ProposedBy, "source", "sources");

    private static string Sources(int n) => Count(n, "source", "sources");

    private static string Places(int n) => Count(n, "locality", "localities");

    private void Priority()
    {
        Add(new Heading(2, "Priority", "priority"));
        if (_analysis.Gaps.Rows.IsEmpty)
        {
            Add(Paragraph.Plain("There is no gap row to rank."));
            return;
        }

        var (rows, hidden) = ReportSuppression.Split(_analysis.Gaps.Rows, _hide.Row);
        Suppressed(hidden, "gap row", "gap rows");
        if (rows.IsEmpty)
        {
            return;
        }

        var columns = ImmutableArray.Create(
            "Rank", "Area", "Topic", "Where", "Severity", "Breadth", "Priority");
        Add(new Table(columns, rows.Select(PriorityCells).ToImmutableArray(), "priority"));
        Add(Paragraph.Plain("Severity is how far below target the evidence lies (100% = the lowest " +
            "level everywhere); breadth is the share of localities and informant types reached; " +
            "priority = 100 × severity × (1 + breadth) / 2."));
    }

    /// <summary>The row's localities; "all N localities" when it reaches every charted one.</summary>
    private string Where(GapRow row)
    {
        var charted = _analysis.Gaps.Localities.Length;
        return charted > 1 && row.Localities.Length == charted
            ? $"All {ReportNumbers.Count(charted)} localities"
            : _labels.Localities(row.Localities);
    }

    private ImmutableArray<Cell> PriorityCells(GapRow r) => ImmutableArray.Create<Cell>(
        ReportNumbers.Count(r.Rank),
        _labels.Area(r.Area),
        RowTitle(r),
        Where(r),
        ReportNumbers.Percent(r.Severity),
        ReportNumbers.Percent(r.Breadth.Value),
        ReportNumbers.Score(r.Priority));
}
