using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Gaps;
using TipAssessment.Redaction;
using TipAssessment.Scoring;

namespace TipAssessment.Reports;

/// <summary>
/// What a report must not show: the suppressed cells of a <see cref="SharedAnalysis"/>, each answered by the
/// text that stands in its place, such as <c>suppressed (fewer than 5 informants)</c>. Without a shared
/// analysis nothing is hidden, so the unshared reports go through the same code.
/// </summary>
internal sealed class ReportSuppression
{
    public static readonly ReportSuppression None = new(null);

    private readonly SharedAnalysis? _shared;

    public ReportSuppression(SharedAnalysis? shared) => _shared = shared;

    /// <summary>Whether the report is a shared one.</summary>
    public bool Active => _shared is not null;

    /// <summary>The k in force; 0 when the report is not shared.</summary>
    public int MinimumCellSize => _shared?.MinimumCellSize ?? 0;

    public string? Score(string question, ScoreScope scope) =>
        Text(SuppressedCellKind.Score, question + "|" + scope);

    /// <summary>A roll-up node by its path of ids from the root, joined by <c>/</c>.</summary>
    public string? Node(ScoreScope scope, string path) =>
        Text(SuppressedCellKind.RollUpNode, scope + "|" + path);

    public string? Flag(TriangulationFlag flag) =>
        Text(SuppressedCellKind.Triangulation, flag.Question + "|" + flag.Scope);

    public string? Gap(ImplementationGap gap) =>
        Text(SuppressedCellKind.ImplementationGap, gap.Linkage + "|" + gap.Locality);

    public string? Row(GapRow row) => Text(SuppressedCellKind.GapRow, row.Id);

    /// <summary>The distinct texts, in order of first appearance, joined for a sentence.</summary>
    public static string Join(IEnumerable<string> texts) =>
        string.Join("; ", texts.Distinct(System.StringComparer.Ordinal));

    /// <summary>The items not hidden, and the texts of those hidden.</summary>
    public static (ImmutableArray<T> Shown, ImmutableArray<string> Hidden) Split<T>(
        IEnumerable<T> items,
        System.Func<T, string?> hidden)
    {
        var pairs = items.Select(i => (Item: i, Text: hidden(i))).ToList();
        return (pairs.Where(p => p.Text is null).Select(p => p.Item).ToImmutableArray(),
            pairs.Where(p => p.Text is not null).Select(p => p.Text!).ToImmutableArray());
    }

    private string? Text(SuppressedCellKind kind, string key) =>
        _shared?.Find(kind, key) is { } cell ? "suppressed (" + cell.Reason + ")" : null;
}
