using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;
using TipAssessment.Scoring;

namespace TipAssessment.Gaps;

/// <summary>Proposes catalogue solutions for a row: those addressing its leading drivers and those informants
/// proposed.</summary>
internal sealed class SolutionRanker
{
    private readonly ScoringContext _context;
    private readonly Dictionary<string, int> _positions;

    public SolutionRanker(ScoringContext context)
    {
        _context = context;
        _positions = Citations.Positions(context.Framework.Solutions.Select(s => s.Id).ToImmutableArray());
    }

    /// <summary>The row's solutions, ranked; <paramref name="evidence"/> must be in ascending position
    /// order.</summary>
    public ImmutableArray<RankedSolution> Rank(
        GapArea area,
        ImmutableArray<RankedDriver> drivers,
        ReadOnlySpan<int> evidence)
    {
        var index = _context.Index;
        var proposals = Citations.Count(
            index, evidence, _context.Framework.Solutions.Length, index.Solutions, out var buffer);
        try
        {
            return Rank(area, drivers, proposals);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private ImmutableArray<RankedSolution> Rank(
        GapArea area,
        ImmutableArray<RankedDriver> drivers,
        Citations?[] proposals)
    {
        var leading = new HashSet<string>(
            drivers.Where(d => d.Leading).Select(d => d.Driver), StringComparer.Ordinal);
        var candidates = new List<RankedSolution>();
        var solutions = _context.Framework.Solutions;
        for (var k = 0; k < solutions.Length; k++)
        {
            var solution = solutions[k];
            var inArea = solution.Areas.IsDefaultOrEmpty
                || solution.Areas.Contains(area.Id, StringComparer.Ordinal);
            var byDrivers = inArea && solution.Addresses.Any(leading.Contains);
            var proposed = _positions.TryGetValue(solution.Id, out var position) ? proposals[position] : null;
            if (byDrivers || proposed is not null)
            {
                candidates.Add(Candidate(solution, drivers, byDrivers, proposed));
            }
        }

        // Each citation of a driver the solution addresses and each proposal of it is one piece of evidence
        // for it.
        var ranked = candidates
            .OrderByDescending(s => s.Support + s.ProposedBy)
            .ThenByDescending(s => s.ProposedBy)
            .ThenBy(s => s.Horizon)
            .ThenBy(s => s.Solution, StringComparer.Ordinal)
            .ToImmutableArray();
        for (var i = 0; i < ranked.Length; i++)
        {
            // Set once, before the row is published.
            ranked[i].Rank = i + 1;
        }

        return ranked;
    }

    private RankedSolution Candidate(
        Solution solution,
        ImmutableArray<RankedDriver> drivers,
        bool byDrivers,
        Citations? proposed)
    {
        var addressed = drivers
            .Where(d => solution.Addresses.Contains(d.Driver, StringComparer.Ordinal))
            .ToList();
        var basis = proposed is null ? SolutionBasis.Drivers
            : byDrivers ? SolutionBasis.DriversAndProposed : SolutionBasis.Proposed;
        return new RankedSolution
        {
            Solution = solution.Id,
            Title = solution.Title,
            Horizon = solution.Horizon,
            Basis = basis,
            Addresses = addressed.Select(d => d.Driver).ToImmutableArray(),
            Support = addressed.Sum(d => d.Sources),
            ProposedBy = proposed?.Sources.Count ?? 0,
            Responses = proposed is null
                ? ImmutableArray<string>.Empty
                : _context.Index.IdsInOrder(proposed.Responses),
        };
    }
}
