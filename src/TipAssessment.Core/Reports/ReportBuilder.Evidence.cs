using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Rounds;
using TipAssessment.Scoring;

namespace TipAssessment.Reports;

internal sealed partial class ReportBuilder
{
    private void Disagreements()
    {
        Add(new Heading(2, "Disagreements between informant groups", "disagreements"));
        var (flags, hidden) = ReportSuppression.Split(_analysis.Scoring.Triangulation, _hide.Flag);
        var threshold = ReportNumbers.Level(_analysis.Scoring.Options.TriangulationThreshold);
        Suppressed(hidden, "flagged disagreement", "flagged disagreements");
        if (flags.IsEmpty && !hidden.IsEmpty)
        {
            return;
        }

        if (flags.IsEmpty)
        {
            Add(Paragraph.Plain(
                $"No two informant groups differ by more than {threshold} levels on any question."));
            return;
        }

        Add(Paragraph.Plain($"Questions where informant groups differ by more than {threshold} levels: " +
            "the disagreement is shown, not averaged away."));
        var columns = ImmutableArray.Create(
            "Question", "Where", "Divergence (levels)", "What each group said");
        Add(new Table(columns, flags.Select(FlagCells).ToImmutableArray(), "disagreements"));
    }

    private ImmutableArray<Cell> FlagCells(TriangulationFlag flag) => ImmutableArray.Create<Cell>(
        _labels.Question(flag.Question),
        _labels.Scope(flag.Scope),
        ReportNumbers.Level(flag.Divergence),
        new Cell(null, flag.Groups.Select(GroupLine).ToImmutableArray()));

    private string GroupLine(GroupView g) =>
        $"{_labels.Group(g.Group)}: level {ReportNumbers.Level(g.Level)} " +
        $"({Count(g.Count, "rating", "ratings")})";

    private void LawAgainstPractice()
    {
        Add(new Heading(2, "Law against practice", "law-against-practice"));
        var (gaps, hidden) = ReportSuppression.Split(_analysis.Scoring.ImplementationGaps, _hide.Gap);
        Suppressed(hidden, "law-against-practice row", "law-against-practice rows");
        if (gaps.IsEmpty && !hidden.IsEmpty)
        {
            return;
        }

        if (gaps.IsEmpty)
        {
            Add(Paragraph.Plain(
                "No linkage has a level on both sides (the law nationally and practice in a locality)."));
            return;
        }

        Add(Paragraph.Plain("What the law provides (national evidence) against what happens in each " +
            "locality, in score points; a positive gap means practice lags behind the law."));
        var columns = ImmutableArray.Create(
            "What the law provides", "Locality", "Law", "Practice", "Gap", "Practice tested by");
        Add(new Table(columns, gaps.Select(GapCells).ToImmutableArray(), "law-practice"));
    }

    private ImmutableArray<Cell> GapCells(ImplementationGap gap) => ImmutableArray.Create<Cell>(
        _labels.Question(gap.LegalQuestion),
        _labels.Locality(gap.Locality),
        ReportNumbers.Score(gap.Legal),
        ReportNumbers.Score(gap.Practice),
        ReportNumbers.Score(gap.Gap),
        new Cell(null, gap.PracticeQuestions
            .Select(p => $"{_labels.Question(p.Question)} ({PracticeScore(gap, p)})")
            .ToImmutableArray()));

    private string PracticeScore(ImplementationGap gap, PracticeScore p) =>
        _hide.Score(p.Question, ScoreScope.ForLocality(gap.Locality)) ?? ReportNumbers.Score(p.Normalised);

    private void Comparison()
    {
        var comparison = _analysis.Comparison;
        if (comparison is null)
        {
            return;
        }

        Add(new Heading(2, "Changes since the baseline", "changes"));
        Add(Paragraph.Labelled("Baseline:", $"{comparison.Baseline}; follow-up: {comparison.FollowUp}."));
        var pillars = comparison.RollUps
            .Where(c => c.Kind is RollUpKind.Pillar or RollUpKind.Assessment)
            .ToImmutableArray();
        var columns = ImmutableArray.Create("Where", "Pillar", "Baseline", "Follow-up", "Change");
        Add(new Table(columns, pillars.Select(ChangeCells).ToImmutableArray(), "changes"));
        var statuses = new[]
        {
            GapStatus.Closed, GapStatus.Opened, GapStatus.Persisting, GapStatus.Unassessed,
        };
        Add(new BulletList(statuses
            .Select(s => $"Gap rows {StatusWord(s)}: {GapList(comparison.GapsWith(s))}")
            .ToImmutableArray()));
    }

    private ImmutableArray<Cell> ChangeCells(ScoreChange c) => ImmutableArray.Create<Cell>(
        _labels.Scope(c.Scope),
        c.Kind == RollUpKind.Assessment ? "Whole assessment" : _labels.Pillar(c.Id),
        ReportNumbers.Score(c.Baseline),
        ReportNumbers.Score(c.FollowUp),
        c.Change is null ? ReportNumbers.Missing : Signed(c.Change.Value));

    private static string Signed(double change)
    {
        var text = ReportNumbers.Score(change);
        return change > 0 && text != "0" ? "+" + text : text;
    }

    private static string StatusWord(GapStatus status) => status switch
    {
        GapStatus.Closed => "closed",
        GapStatus.Opened => "opened",
        GapStatus.Persisting => "persisting",
        _ => "no longer assessed",
    };

    private string GapList(ImmutableArray<GapChange> changes) => changes.IsEmpty
        ? "none"
        : string.Join("; ", changes.Select(c => $"{_labels.Area(c.Area)}: {RowName(c.Row)}"));

    /// <summary>A row id is the area's id, a slash, and a topic's or question's id.</summary>
    private string RowName(string rowId)
    {
        var id = rowId.Substring(rowId.IndexOf('/') + 1);
        return _labels.Framework.FindTopic(id)?.Title ?? _labels.Question(id);
    }

    private void LeftOut()
    {
        var excluded = _analysis.Scoring.Excluded;
        var problems = _analysis.Problems;
        if (excluded.IsEmpty && problems.IsEmpty)
        {
            return;
        }

        Add(new Heading(2, "Left out and warnings", "left-out"));
        var reasons = excluded.GroupBy(e => e.Reason, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => $"{Count(g.Count(), "response", "responses")} left out ({g.Key}): " +
                string.Join(", ", g.Select(e => e.Response)));
        Add(new BulletList(reasons.Concat(problems.Select(p => p.ToString())).ToImmutableArray()));
    }
}
