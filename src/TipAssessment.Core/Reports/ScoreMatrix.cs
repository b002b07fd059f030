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

    public static ScoreMatrix From(ScoringResult scoring, ReportLabels labels)
    {
        var rollUps = scoring.RollUps;
        var scopes = rollUps.Select(r => labels.Scope(r.Scope)).ToImmutableArray();
        var rows = labels.Framework.Pillars
            .Select(p => Row(labels.Pillar(p.Id), rollUps.Select(r => Child(r.Root, p.Id))))
            .Append(Row("Whole assessment", rollUps.Select(r => (RollUpNode?)r.Root)))
            .ToImmutableArray();
        return new ScoreMatrix(scopes, rows);
    }

    private static RollUpNode? Child(RollUpNode root, string pillar) =>
        root.Children.FirstOrDefault(c => c.Id == pillar);

    private static ScoreMatrixRow Row(string label, System.Collections.Generic.IEnumerable<RollUpNode?> nodes)
    {
        var list = nodes.ToList();
        return new ScoreMatrixRow(
            label,
            list.Select(n => n?.Normalised).ToImmutableArray(),
            list.Select(n => n?.Band).ToImmutableArray());
    }
}

/// <summary>One row of a <see cref="ScoreMatrix"/>: a label, and a score (0-100) and band per
/// scope.</summary>
internal sealed class ScoreMatrixRow
{
    public ScoreMatrixRow(string label, ImmutableArray<double?> scores, ImmutableArray<string?> bands)
    {
        Label = label;
        Scores = scores;
        Bands = bands;
    }

    public string Label { get; }

    public ImmutableArray<double?> Scores { get; }

    public ImmutableArray<string?> Bands { get; }
}
