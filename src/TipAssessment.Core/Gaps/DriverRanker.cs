using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Scoring;

namespace TipAssessment.Gaps;

/// <summary>Ranks the coded drivers cited in a row's evidence.</summary>
internal sealed class DriverRanker
{
    private readonly ScoringContext _context;

    public DriverRanker(ScoringContext context) => _context = context;

    /// <summary>
    /// Drivers by the number of distinct sources citing them, then of distinct localities, then id (ordinal).
    /// <paramref name="evidence"/> must be in ascending position order.
    /// </summary>
    public ImmutableArray<RankedDriver> Rank(ReadOnlySpan<int> evidence, int leading)
    {
        var index = _context.Index;
        var drivers = _context.Framework.Drivers;
        var cited = Citations.Count(index, evidence, drivers.Length, index.Drivers, out var buffer);
        try
        {
            var ordered = Enumerable.Range(0, cited.Length)
                .Where(k => cited[k] is not null)
                .OrderByDescending(k => cited[k]!.Sources.Count)
                .ThenByDescending(k => cited[k]!.Localities.Count)
                .ThenBy(k => drivers[k].Id, StringComparer.Ordinal)
                .ToList();
            var ranked = new RankedDriver[ordered.Count];
            for (var i = 0; i < ranked.Length; i++)
            {
                var k = ordered[i];
                ranked[i] = new RankedDriver
                {
                    Driver = drivers[k].Id,
                    Title = drivers[k].Title,
                    Rank = i + 1,
                    Sources = cited[k]!.Sources.Count,
                    Localities = cited[k]!.Localities.Count,
                    Leading = i < leading,
                    Responses = index.IdsInOrder(cited[k]!.Responses),
                };
            }

            return ranked.ToImmutableArray();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }
}
