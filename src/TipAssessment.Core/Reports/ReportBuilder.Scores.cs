using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Scoring;

namespace TipAssessment.Reports;

internal sealed partial class ReportBuilder
{
    private void Localities()
    {
        Add(new Heading(2, "Localities", "localities"));
        var localities = _analysis.Assessment.Localities;
        if (localities.IsEmpty)
        {
            Add(Paragraph.Plain(
                "The assessment declares no locality: every score rests on national evidence."));
            return;
        }

        var columns = ImmutableArray.Create(
            "Locality",
            "Kind",
            "Informants",
            "Responses",
            "Score",
            "Coverage",
            "Informant types not yet heard");
        Add(new Table(columns, localities.Select(LocalityCells).ToImmutableArray(), "localities"));
    }

    private ImmutableArray<Cell> LocalityCells(Locality locality)
    {
        var scope = ScoreScope.ForLocality(locality.Id);
        var root = _analysis.Scoring.FindRollUp(scope)?.Root;
        var hidden = root is null ? null : _hide.Node(scope, root.Id);
        var coverage = root?.Coverage;
        if (hidden is not null)
        {
            // Coverage is part of the node, and the shared document drops it with the score.
            return LocalityFacts(locality).AddRange(new Cell[] { hidden, hidden, hidden });
        }

        return LocalityFacts(locality).AddRange(new[]
        {
            _labels.ScoreCell(root?.Normalised, root?.Band),
            coverage is null ? ReportNumbers.Missing : CoverageText(coverage),
            coverage is null || coverage.InformantTypesMissing.IsEmpty
                ? "none"
                : string.Join(", ", coverage.InformantTypesMissing.Select(_labels.InformantType)),
        });
    }

    private ImmutableArray<Cell> LocalityFacts(Locality locality)
    {
        var a = _analysis.Assessment;
        return ImmutableArray.Create<Cell>(
            locality.Name + (locality.Code is null ? string.Empty : " (" + locality.Code + ")"),
            locality.Kind ?? ReportNumbers.Missing,
            ReportNumbers.Count(a.Informants.Count(i => i.Locality == locality.Id)),
            ReportNumbers.Count(a.Responses.Count(r => r.Locality == locality.Id)));
    }

    private static string CoverageText(Coverage c)
    {
        var questions = $"{ReportNumbers.Count(c.WithEvidence)} of {ReportNumbers.Count(c.ScoredQuestions)}";
        return $"{ReportNumbers.Format(c.Percent, 0)}% ({questions} scored questions)";
    }

    private void Scores()
    {
        Add(new Heading(2, "Scores by pillar and locality", "scores"));
        var matrix = ScoreMatrix.From(_analysis.Scoring, _labels, _hide);
        Add(new ScoreChart(matrix));
        var columns = ImmutableArray.Create("Pillar").AddRange(matrix.Scopes);
        var rows = matrix.Rows.Select(r => ImmutableArray.Create<Cell>(r.Label).AddRange(
            r.Scores.Select((s, i) => MatrixCell(r, i)))).ToImmutableArray();
        Add(new Table(columns, rows, "scores"));
        Caps();
    }

    private Cell MatrixCell(ScoreMatrixRow row, int scope) => row.Hidden[scope] is { } hidden
        ? Cell.Of(hidden)
        : _labels.ScoreCell(row.Scores[scope], row.Bands[scope]);

    /// <summary>Red-flag caps that lowered a band: a reader must see why a band is lower than its number
    /// says.</summary>
    private void Caps()
    {
        var all = _analysis.Scoring.RollUps
            .SelectMany(r => Nodes(r.Root)
                .SelectMany(n => n.Caps.Where(c => c.Lowered).Select(c => (RollUp: r, Node: n, Cap: c))));
        var (caps, hidden) = ReportSuppression.Split(all, HiddenCap);
        if (!caps.IsEmpty || !hidden.IsEmpty)
        {
            Add(Paragraph.Labelled(
                "Bands lowered by red flags:", "evidence of a grave failing caps these bands."));
        }

        if (!caps.IsEmpty)
        {
            Add(new BulletList(caps.Select(c => CapLine(c.RollUp, c.Node, c.Cap)).ToImmutableArray()));
        }

        Suppressed(hidden, "lowered band", "lowered bands");
    }

    /// <summary>A cap line shows the node's band and the question's level: hidden when either is.</summary>
    private string? HiddenCap((RollUp RollUp, RollUpNode Node, BandCap Cap) c)
    {
        var root = c.RollUp.Root.Id;
        var path = c.Node == c.RollUp.Root ? root : root + "/" + c.Node.Id;
        return _hide.Node(c.RollUp.Scope, path) ?? _hide.Score(c.Cap.Question, c.RollUp.Scope);
    }

    private string CapLine(RollUp rollUp, RollUpNode node, BandCap cap) =>
        $"{_labels.Scope(rollUp.Scope)}, {NodeTitle(node)}: capped at {_labels.Band(cap.CapsBand)} because " +
        $"{_labels.Question(cap.Question)} is at level {ReportNumbers.Level(cap.Level)}. {cap.Reason}";

    private static IEnumerable<RollUpNode> Nodes(RollUpNode root) =>
        new[] { root }.Concat(root.Children.Where(c => c.Kind == RollUpKind.Pillar));

    private string NodeTitle(RollUpNode node) =>
        node.Kind == RollUpKind.Pillar ? _labels.Pillar(node.Id) : "whole assessment";
}
