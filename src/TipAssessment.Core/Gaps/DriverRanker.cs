using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Scoring;

namespace TipAssessment.Gaps;

/// <summary>Ranks the coded drivers cited in a row's evidence.</summary>
internal sealed class DriverRanker
{
    private readonly ScoringContext _context;
    private readonly Dictionary<string, int> _positions;
    private readonly Lazy<CodeTable> _codes;

    public DriverRanker(ScoringContext context)
    {
        _context = context;
        _positions = Citations.Positions(context.Framework.Drivers.Select(d => d.Id).ToImmutableArray());
        _codes = new Lazy<CodeTable>(() => CodeTable.Build(
            context.Index.Assessment.Responses,
            _positions,
            r => r.Drivers.Length,
            (r, j) => r.Drivers[j]));
    }

    /// <summary>
    /// Drivers by the number of distinct sources citing them, then of distinct localities, then id (ordinal).
    /// <paramref name="evidence"/> must be in ordinal id order.
    /// </summary>
    public ImmutableArray<RankedDriver> Rank(int[] evidence, int leading)
    {
        var cited = Citations.Count(_context.Index, evidence, _positions.Count, _codes.Value);
        var drivers = _context.Framework.Drivers;
        var ordered = Enumerable.Range(0, cited.Length)
            .Where(k => cited[k] is not null)
            .OrderByDescending(k => cited[k]!.Sources.Count)
            .ThenByDescending(k => cited[k]!.Localities.Count)
            .ThenBy(k => drivers[k].Id, StringComparer.Ordinal)
            .ToList();
        return ordered.Select((k, i) => new RankedDriver
        {
            Driver = drivers[k].Id,
            Title = drivers[k].Title,
            Rank = i + 1,
            Sources = cited[k]!.Sources.Count,
            Localities = cited[k]!.Localities.Count,
            Leading = i < leading,
            Responses = _context.Index.IdsInOrder(cited[k]!.Responses),
        }).ToImmutableArray();
    }
}
