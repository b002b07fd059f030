using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Redaction;
using TipAssessment.Reports;
using TipAssessment.Tests.Redaction;

namespace TipAssessment.Tests.Reports;

/// <summary>The real-findings sample shared with k = 5, and its report blocks with and without
/// suppression (the same analysis, so a difference between them is the suppression alone).</summary>
internal static class SharedReportSamples
{
    private static readonly Lazy<SharedAnalysis> NepalShared = new(() => SharedAnalysis.Create(
        RedactionSamples.Framework, RedactionSamples.Nepal, null, RedactionSamples.Seeded(47, 5)));

    public static SharedAnalysis Nepal => NepalShared.Value;

    /// <summary>The sample shared with another k.</summary>
    public static SharedAnalysis NepalWith(int k) => SharedAnalysis.Create(
        RedactionSamples.Framework, RedactionSamples.Nepal, null, RedactionSamples.Seeded(47, k));

    /// <summary>What the reports show instead of a suppressed cell, spelled out here apart from the
    /// library.</summary>
    public static string Mark(SuppressedCell cell) => "suppressed (" + cell.Reason + ")";

    public static ImmutableArray<SuppressedCell> Of(SuppressedCellKind kind) =>
        Nepal.Suppressed.Where(c => c.Kind == kind).ToImmutableArray();

    public static ImmutableArray<Block> Blocks(bool shared) => Blocks(Nepal, shared);

    public static ImmutableArray<Block> Blocks(SharedAnalysis analysis, bool shared) => ReportBuilder.Build(
        analysis.Analysis,
        ReportOptions.Default,
        shared ? new ReportSuppression(analysis) : ReportSuppression.None).Blocks;

    /// <summary>The rows of every table of a CSS class, in order.</summary>
    public static List<ImmutableArray<Cell>> Rows(ImmutableArray<Block> blocks, string css) =>
        blocks.OfType<Table>().Where(t => t.CssClass == css).SelectMany(t => t.Rows).ToList();

    public static string Text(Cell cell) =>
        string.Join("\n", new[] { cell.Lead }.OfType<string>().Concat(cell.Lines));

    public static string Text(ImmutableArray<Cell> row) => string.Join(" | ", row.Select(Text));
}
