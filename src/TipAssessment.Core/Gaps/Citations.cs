using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TipAssessment.Scoring;

namespace TipAssessment.Gaps;

/// <summary>Who cited a driver (or proposed a solution), where, and in which responses.</summary>
internal sealed class Citations
{
    public Citations(EvidenceIndex index)
    {
        Sources = new DistinctCounter(index.SourceCount);
        Localities = new DistinctCounter(index.LocalityIds.Count);
    }

    public DistinctCounter Sources { get; }

    public DistinctCounter Localities { get; }

    /// <summary>Response indices, in the order added (ordinal id order when the evidence is).</summary>
    public List<int> Responses { get; } = new();

    public void Add(EvidenceIndex index, int response)
    {
        Sources.Add(index.Sources[response].Ordinal);
        if (index.LocalityOf[response] >= 0)
        {
            Localities.Add(index.LocalityOf[response]);
        }

        Responses.Add(response);
    }

    /// <summary>
    /// Tallies the codes each response cites (drivers or solution codes), by position in the framework's
    /// catalogue. Unknown codes are skipped (the importer reports them); a code a response repeats counts
    /// once.
    /// </summary>
    public static Citations?[] Count(EvidenceIndex index, int[] evidence, int catalogueSize, CodeTable codes)
    {
        var cited = new Citations?[catalogueSize];
        var lastSeen = new int[catalogueSize];
        for (var k = 0; k < lastSeen.Length; k++)
        {
            lastSeen[k] = -1;
        }

        foreach (var response in evidence)
        {
            for (var at = codes.Start(response); at < codes.End(response); at++)
            {
                var k = codes.Code(at);
                if (lastSeen[k] != response)
                {
                    lastSeen[k] = response;
                    (cited[k] ??= new Citations(index)).Add(index, response);
                }
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
