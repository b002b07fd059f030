using System.Collections.Immutable;

namespace TipAssessment.Scoring;

/// <summary>
/// A list of response ids not yet copied out: a run of positions in a shared, ordered array, read against the
/// evidence index's id column. Scoring keeps these instead of copying every score's ids at once, because at
/// millions of responses those copies are tens of megabytes of small arrays that the garbage collector would
/// have to move while most of them are never read.
/// </summary>
internal readonly struct IdSlice
{
    private readonly string[]? _ids;
    private readonly int[]? _positions;
    private readonly int _start;
    private readonly int _length;

    public IdSlice(string[] ids, int[] positions, int start, int length)
    {
        _ids = ids;
        _positions = positions;
        _start = start;
        _length = length;
    }

    /// <summary>The ids, in position order, in a new array (the empty list for an empty slice).</summary>
    public ImmutableArray<string> ToImmutableArray() => _ids is null
        ? ImmutableArray<string>.Empty
        : ResponseOrder.IdsInOrder(_ids, new System.ReadOnlySpan<int>(_positions, _start, _length));
}
