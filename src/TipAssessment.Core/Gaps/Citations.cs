using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using TipAssessment.Scoring;

namespace TipAssessment.Gaps;

/// <summary>Who cited a driver (or proposed a solution), where, and in which responses.</summary>
internal sealed class Citations
{
    private readonly int[] _positions;

    private Citations(EvidenceIndex index, int[] positions)
    {
        _positions = positions;
        Sources = new DistinctCounter(index.SourceCount);
        Localities = new DistinctCounter(index.LocalityIds.Count);
    }

    public DistinctCounter Sources { get; }

    public DistinctCounter Localities { get; }

    /// <summary>The number of citing responses.</summary>
    public int Cited { get; private set; }

    /// <summary>The citing responses' positions, in the order of the evidence (ascending when it
    /// is).</summary>
    public ReadOnlySpan<int> Responses => new(_positions, Start, Cited);

    private int Start { get; set; }

    /// <summary>
    /// Tallies the codes each response cites (drivers or solution codes), by position in the framework's
    /// catalogue, in one pass. The citing positions of every code share one buffer from the pool, each code
    /// a range as long as the whole table's count of its citations, handed back through
    /// <paramref name="buffer"/>: return it once the citations are no longer read.
    /// </summary>
    public static Citations?[] Count(
        EvidenceIndex index,
        ReadOnlySpan<int> evidence,
        int catalogueSize,
        CodeTable codes,
        out int[] buffer)
    {
        var cited = new Citations?[catalogueSize];
        var starts = new int[catalogueSize];
        var total = 0;
        for (var k = 0; k < catalogueSize; k++)
        {
            starts[k] = total;
            total += codes.Citing[k];
        }

        buffer = ArrayPool<int>.Shared.Rent(Math.Max(1, total));
        foreach (var response in evidence)
        {
            // The table holds each code once per response, so a code a response repeats counts once.
            foreach (var k in codes.Of(response))
            {
                (cited[k] ??= new Citations(index, buffer) { Start = starts[k] }).Add(index, response);
            }
        }

        return cited;
    }

    /// <summary>Positions by id, first occurrence of each id winning (the validator reports
    /// duplicates).</summary>
    public static Dictionary<string, int> Positions(ImmutableArray<string> ids)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < ids.Length; k++)
        {
            if (!positions.ContainsKey(ids[k]))
            {
                positions.Add(ids[k], k);
            }
        }

        return positions;
    }

    private void Add(EvidenceIndex index, int response)
    {
        Sources.Add(index.SourceOf[response]);
        var locality = index.LocalityOf[response];
        if (locality >= 0)
        {
            Localities.Add(locality);
        }

        _positions[Start + Cited++] = response;
    }
}

/// <summary>Counts distinct small non-negative integers with a bit set: no hashing on millions of
/// adds.</summary>
internal sealed class DistinctCounter
{
    private readonly ulong[] _bits;

    public DistinctCounter(int capacity) => _bits = new ulong[(capacity + 63) / 64];

    public int Count { get; private set; }

    public void Add(int value)
    {
        var mask = 1UL << (value & 63);
        if ((_bits[value >> 6] & mask) == 0)
        {
            _bits[value >> 6] |= mask;
            Count++;
        }
    }
}
