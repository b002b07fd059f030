using System.Collections.Immutable;
using TipAssessment.Problems;

namespace TipAssessment.Gaps;

/// <summary>A gap-analysis chart: the rows for the charted areas and localities, in rank order.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class GapChart
{
    /// <summary>The ids of the areas charted, in framework order.</summary>
    public ImmutableArray<string> Areas { get; internal init; } = ImmutableArray<string>.Empty;

    /// <summary>The ids of the localities charted, in assessment order.</summary>
    public ImmutableArray<string> Localities { get; internal init; } = ImmutableArray<string>.Empty;

    /// <summary>The rows, by rank (priority, then area order, then framework placement, then id).</summary>
    public ImmutableArray<GapRow> Rows { get; internal init; } = ImmutableArray<GapRow>.Empty;

    /// <summary>Warnings, such as an area or locality asked for that does not exist.</summary>
    public ImmutableArray<Problem> Problems { get; internal init; } = ImmutableArray<Problem>.Empty;
}
