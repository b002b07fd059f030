using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Scoring;

namespace TipAssessment.Reports;

/// <summary>
/// The scores by pillar (rows) and scope (columns: overall, national level, each locality), as the report's
/// table and the HTML chart show them.
/// </summary>
internal sealed class ScoreMatrix
{
    private ScoreMatrix(ImmutableArray<string> scopes, ImmutableArray<ScoreMatrixRow> rows)
    {
        Scopes = scopes;
        Rows = rows;
    }

    /// <summary>The column labels, in the scoring's scope order.</summary>
    public ImmutableArray<string> Scopes { get; }

    /// <summary>One row per pillar in framework order, then the whole assessment.</summary>
    public ImmutableArray<ScoreMatrixRow> Rows { get; }

    /// <summary>The matrix; a node <paramref name="hide"/> names has no score or band, only the text that
    /// says it is suppressed.</summary>
    public static ScoreMatrix From(ScoringResult scoring, ReportLabels labels, ReportSuppression hide)
    {
        var rollUps = scoring.RollUps;
        var scopes = rollUps.Select(r => labels.Scope(r.Scope)).ToImmutableArray();
        var rows = labels.Framework.Pillars
            .Select(p => Row(labels.Pillar(p.Id), rollUps.Select(r => Child(r, p.Id, hide))))
            .Append(Row("Whole assessment", rollUps.Select(r => Cell(r.Root, hide.Node(r.Scope, r.Root.Id)))))
            .ToImmutableArray();
        return new ScoreMatrix(scopes, rows);
    }

    private static (RollUpNode? Node, string? Hidden) Child(
        RollUp rollUp,
        string pillar,
        ReportSuppression hide)
    {
        var node = rollUp.Root.Children.FirstOrDefault(c => c.Id == pillar);
        return Cell(node, node is null ? null : hide.Node(rollUp.Scope, rollUp.Root.Id + "/" + pillar));
    }

    /// <summary>A suppressed node is dropped, so that nothing can read its score.</summary>
    private static (RollUpNode? Node, string? Hidden) Cell(RollUpNode? node, string? hidden) =>
        (hidden is null ? node : null, hidden);

    private static ScoreMatrixRow Row(
        string label,
        System.Collections.Generic.IEnumerable<(RollUpNode? Node, string? Hidden)> cells)
    {
        var list = cells.ToList();
        return new ScoreMatrixRow(
            label,
            list.Select(c => c.Node?.Normalised).ToImmutableArray(),
            list.Select(c => c.Node?.Band).ToImmutableArray(),
            list.Select(c => c.Hidden).ToImmutableArray());
    }
}

/// <summary>One row of a <see cref="ScoreMatrix"/>: a label, and a score (0-100) and band per
/// scope.</summary>
internal sealed class ScoreMatrixRow
{
    public ScoreMatrixRow(
        string label,
        ImmutableArray<double?> scores,
        ImmutableArray<string?> bands,
        ImmutableArray<string?> hidden)
    {
        Label = label;
        Scores = scores;
        Bands = bands;
        Hidden = hidden;
    }

    public string Label { get; }

    public ImmutableArray<double?> Scores { get; }

    public ImmutableArray<string?> Bands { get; }

    /// <summary>Per scope, the text shown instead of a suppressed score (whose score and band are then
    /// null); null where the score is shown.</summary>
    public ImmutableArray<string?> Hidden { get; }
}
