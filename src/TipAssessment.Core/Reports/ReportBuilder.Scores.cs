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
        var a = _analysis.Assessment;
        var root = _analysis.Scoring.FindRollUp(ScoreScope.ForLocality(locality.Id))?.Root;
        var coverage = root?.Coverage;
        return ImmutableArray.Create<Cell>(
            locality.Name + (locality.Code is null ? string.Empty : " (" + locality.Code + ")"),
            locality.Kind ?? ReportNumbers.Missing,
            ReportNumbers.Count(a.Informants.Count(i => i.Locality == locality.Id)),
            ReportNumbers.Count(a.Responses.Count(r => r.Locality == locality.Id)),
            _labels.ScoreCell(root?.Normalised, root?.Band),
            coverage is null ? ReportNumbers.Missing : CoverageText(coverage),
            coverage is null || coverage.InformantTypesMissing.IsEmpty
                ? "none"
                : string.Join(", ", coverage.InformantTypesMissing.Select(_labels.InformantType)));
    }

    private static string CoverageText(Coverage c)
    {
        var questions = $"{ReportNumbers.Count(c.WithEvidence)} of {ReportNumbers.Count(c.ScoredQuestions)}";
        return $"{ReportNumbers.Format(c.Percent, 0)}% ({questions} scored questions)";
    }

    private void Scores()
    {
        Add(new Heading(2, "Scores by pillar and locality", "scores"));
        var matrix = ScoreMatrix.From(_analysis.Scoring, _labels);
        Add(new ScoreChart(matrix));
        var columns = ImmutableArray.Create("Pillar").AddRange(matrix.Scopes);
        var rows = matrix.Rows.Select(r => ImmutableArray.Create<Cell>(r.Label).AddRange(
            r.Scores.Select((s, i) => _labels.ScoreCell(s, r.Bands[i])))).ToImmutableArray();
        Add(new Table(columns, rows, "scores"));
        Caps();
    }

    /// <summary>Red-flag caps that lowered a band: a reader must see why a band is lower than its number
    /// says.</summary>
    private void Caps()
    {
        var caps = _analysis.Scoring.RollUps
            .SelectMany(r => Nodes(r.Root)
                .SelectMany(n => n.Caps.Where(c => c.Lowered).Select(c => CapLine(r, n, c))))
            .ToImmutableArray();
        if (!caps.IsEmpty)
        {
            Add(Paragraph.Labelled(
                "Bands lowered by red flags:", "evidence of a grave failing caps these bands."));
            Add(new BulletList(caps));
        }
    }

    private string CapLine(RollUp rollUp, RollUpNode node, BandCap cap) =>
        $"{_labels.Scope(rollUp.Scope)}, {NodeTitle(node)}: capped at {_labels.Band(cap.CapsBand)} because " +
        $"{_labels.Question(cap.Question)} is at level {ReportNumbers.Level(cap.Level)}. {cap.Reason}";

    private static IEnumerable<RollUpNode> Nodes(RollUpNode root) =>
        new[] { root }.Concat(root.Children.Where(c => c.Kind == RollUpKind.Pillar));

    private string NodeTitle(RollUpNode node) =>
        node.Kind == RollUpKind.Pillar ? _labels.Pillar(node.Id) : "whole assessment";
}
