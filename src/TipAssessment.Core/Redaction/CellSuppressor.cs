using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Analysis;
using TipAssessment.Gaps;
using TipAssessment.Scoring;

namespace TipAssessment.Redaction;

/// <summary>
/// Decides which cells of an analysis to suppress: first every cell resting on 1 to k-1 distinct informants
/// (desk sources identify nobody and do not count), counted twice: over the rated responses its level rests
/// on, and over every response it counts (so a level one person gave is hidden however many others said
/// "unknown"); then complementary cells until no additive group (a
/// roll-up node and its scored children; a question's overall score and its national and local scores; a
/// question node and its score; an implementation gap and the scores it uses) has exactly one cell hidden,
/// then the flags and gap rows that show a hidden score or a group under k.
/// </summary>
internal sealed class CellSuppressor
{
    private readonly AssessmentAnalysis _analysis;
    private readonly int _k;
    private readonly Dictionary<string, string> _informantOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Cell> _cells = new(StringComparer.Ordinal);
    private readonly List<Cell[]> _groups = new();

    private CellSuppressor(AssessmentAnalysis analysis, int k)
    {
        _analysis = analysis;
        _k = k;
        foreach (var r in analysis.Assessment.Responses)
        {
            if (r.Informant is not null && !_informantOf.ContainsKey(r.Id))
            {
                _informantOf.Add(r.Id, r.Informant);
            }
        }
    }

    public static ImmutableArray<SuppressedCell> Run(AssessmentAnalysis analysis, int k)
    {
        var run = new CellSuppressor(analysis, k);
        run.AddScores();
        run.AddRollUps();
        run.Complete();
        run.AddImplementationGaps();
        run.AddFlags();
        run.AddGapRows();
        return run._cells.Values.Where(c => c.Cause is not null).OrderBy(c => c.Order)
            .Select(c => new SuppressedCell(c.Kind, c.Key, c.Cause!.Value, c.Reason!)).ToImmutableArray();
    }

    private string SmallReason => $"fewer than {_k} informants";

    private void AddScores()
    {
        foreach (var s in _analysis.Scoring.Scores)
        {
            var informants = Codes(s.Responses.Concat(s.OtherResponses)).Count();
            var rated = Codes(s.Responses).Count();
            Add(SuppressedCellKind.Score, ScoreKey(s.Question, s.Scope), informants, rated);
        }

        foreach (var byQuestion in _analysis.Scoring.Scores.GroupBy(s => s.Question, StringComparer.Ordinal))
        {
            var overall = byQuestion.FirstOrDefault(s => s.Scope.Kind == ScopeKind.Overall);
            var parts = byQuestion.Where(s => s.Scope.Kind != ScopeKind.Overall).ToList();
            if (overall is not null && parts.Count > 0)
            {
                var total = Score(overall.Question, overall.Scope);
                AddGroup(total, parts.Select(p => Score(p.Question, p.Scope)));
            }
        }
    }

    private void AddRollUps()
    {
        foreach (var rollUp in _analysis.Scoring.RollUps)
        {
            AddNode(rollUp.Scope, rollUp.Root, rollUp.Root.Id);
        }
    }

    private (Cell Cell, HashSet<string> Informants, HashSet<string> Rated) AddNode(
        ScoreScope scope, RollUpNode node, string path)
    {
        var informants = new HashSet<string>(StringComparer.Ordinal);
        var rated = new HashSet<string>(StringComparer.Ordinal);
        var scored = new List<Cell>();
        foreach (var child in node.Children)
        {
            var (cell, below, belowRated) = AddNode(scope, child, path + "/" + child.Id);
            informants.UnionWith(below);
            rated.UnionWith(belowRated);
            if (child.Normalised.HasValue)
            {
                scored.Add(cell);
            }
        }

        var score = node.Kind == RollUpKind.Question ? _analysis.Scoring.FindScore(node.Id, scope) : null;
        if (score is not null)
        {
            informants.UnionWith(Codes(score.Responses.Concat(score.OtherResponses)));
            rated.UnionWith(Codes(score.Responses));
        }

        var self = Add(SuppressedCellKind.RollUpNode, scope + "|" + path, informants.Count, rated.Count);
        if (score is not null)
        {
            AddGroup(self, new[] { Score(score.Question, score.Scope) });
        }

        AddGroup(self, scored);
        return (self, informants, rated);
    }

    private void AddImplementationGaps()
    {
        foreach (var gap in _analysis.Scoring.ImplementationGaps)
        {
            // A gap shows each score it uses, so it is hidden when any of them is.
            var locality = ScoreScope.ForLocality(gap.Locality);
            var hidden = gap.PracticeQuestions.Select(p => Find(ScoreKey(p.Question, locality)))
                .Append(Find(ScoreKey(gap.LegalQuestion, gap.LegalScope))).Any(c => c?.Cause is not null);
            var cell = Add(SuppressedCellKind.ImplementationGap, gap.Linkage + "|" + gap.Locality, 0);
            if (hidden)
            {
                Hide(cell, SuppressionCause.DependsOnSuppressed, "shows figures of a suppressed score");
            }
        }
    }

    /// <summary>Complementary suppression: repeat until no group has exactly one hidden cell.</summary>
    private void Complete()
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var group in _groups)
            {
                if (group.Count(c => c.Cause is not null) != 1)
                {
                    continue;
                }

                // The shown cell resting on the fewest informants costs least; ties go to document order.
                var pick = group.Where(c => c.Cause is null)
                    .OrderBy(c => c.Informants).ThenBy(c => c.Order).First();
                Hide(pick, SuppressionCause.Complementary,
                    $"hidden so that a cell resting on fewer than {_k} informants cannot be recomputed");
                changed = true;
            }
        }
    }

    private void AddFlags()
    {
        foreach (var flag in _analysis.Scoring.Triangulation)
        {
            var cell = Add(SuppressedCellKind.Triangulation, ScoreKey(flag.Question, flag.Scope), 0);
            var small = flag.Groups.FirstOrDefault(g => IsSmall(Codes(g.Responses).Count()));
            if (small is not null)
            {
                var reason = $"fewer than {_k} informants in the group {small.Group}";
                Hide(cell, SuppressionCause.SmallGroup, reason);
            }
            else if (Find(ScoreKey(flag.Question, flag.Scope))?.Cause is not null)
            {
                Hide(cell, SuppressionCause.DependsOnSuppressed, "shows figures of a suppressed score");
            }
        }
    }

    private void AddGapRows()
    {
        foreach (var row in _analysis.Gaps.Rows)
        {
            var cell = Add(SuppressedCellKind.GapRow, row.Id, Codes(row.Evidence).Count());
            var hidden = row.Questions
                .SelectMany(q => q.Shortfalls.Select(s => ScoreKey(q.Question, s.Scope)))
                .Any(key => Find(key)?.Cause is not null);
            if (cell.Cause is null && hidden)
            {
                Hide(cell, SuppressionCause.DependsOnSuppressed, "shows figures of a suppressed score");
            }
        }
    }

    private Cell Add(SuppressedCellKind kind, string key, int informants, int rated = 0)
    {
        var cell = new Cell(kind, key, informants, _cells.Count);
        _cells[kind + "|" + key] = cell;
        if (IsSmall(informants) || IsSmall(rated))
        {
            Hide(cell, SuppressionCause.SmallCell, SmallReason);
        }

        return cell;
    }

    private void AddGroup(Cell total, IEnumerable<Cell> parts)
    {
        var members = parts.ToList();
        if (members.Count > 0)
        {
            members.Add(total);
            _groups.Add(members.ToArray());
        }
    }

    private static void Hide(Cell cell, SuppressionCause cause, string reason)
    {
        cell.Cause = cause;
        cell.Reason = reason;
    }

    private bool IsSmall(int informants) => informants > 0 && informants < _k;

    private Cell Score(string question, ScoreScope scope) => Find(ScoreKey(question, scope))!;

    private Cell? Find(string scoreKey) =>
        _cells.TryGetValue(SuppressedCellKind.Score + "|" + scoreKey, out var cell) ? cell : null;

    internal static string ScoreKey(string question, ScoreScope scope) => question + "|" + scope;

    private IEnumerable<string> Codes(IEnumerable<string> responses) =>
        responses.Select(id => _informantOf.TryGetValue(id, out var code) ? code : null).OfType<string>()
            .Distinct(StringComparer.Ordinal);

    private sealed class Cell
    {
        public Cell(SuppressedCellKind kind, string key, int informants, int order)
        {
            Kind = kind;
            Key = key;
            Informants = informants;
            Order = order;
        }

        public SuppressedCellKind Kind { get; }

        public string Key { get; }

        public int Informants { get; }

        public int Order { get; }

        public SuppressionCause? Cause { get; set; }

        public string? Reason { get; set; }
    }
}
