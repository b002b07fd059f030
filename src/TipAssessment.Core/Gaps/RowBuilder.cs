using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;
using TipAssessment.Scoring;

namespace TipAssessment.Gaps;

/// <summary>Builds one gap row from a group of shortfalls.</summary>
internal sealed class RowBuilder
{
    private readonly ScoringContext _context;
    private readonly GapOptions _options;
    private readonly int _localitiesCharted;
    private readonly DriverRanker _drivers;
    private readonly SolutionRanker _solutions;

    public RowBuilder(ScoringContext context, GapOptions options, int localitiesCharted)
    {
        _context = context;
        _options = options;
        _localitiesCharted = localitiesCharted;
        _drivers = new DriverRanker(context);
        _solutions = new SolutionRanker(context);
    }

    public GapRow Build(ShortfallGroup group)
    {
        var units = group.Units
            .OrderBy(u => u.Placement.Index)
            .ThenBy(u => _context.ScopeOrder(u.Score.Scope))
            .ToList();
        var (buffer, length) = Evidence(units);
        try
        {
            return Build(group, units, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private GapRow Build(ShortfallGroup group, List<ShortfallUnit> units, ReadOnlySpan<int> evidence)
    {
        var localities = units.Select(u => u.Score.Scope).Where(s => s.Kind == ScopeKind.Locality)
            .Distinct().OrderBy(_context.ScopeOrder).Select(s => s.Locality!).ToImmutableArray();
        var drivers = _drivers.Rank(evidence, _options.LeadingDrivers);
        var severity = units.Average(u => u.Distance / u.Target);
        var breadth = Breadth(group, units, localities, evidence);
        var texts = new GapTexts(_context, units, localities);
        return new GapRow
        {
            CurrentState = texts.CurrentState(group, localities),
            DesiredState = texts.DesiredState(),
            Gap = texts.Gap(),
            Drivers = drivers,
            Solutions = _solutions.Rank(group.Area, drivers, evidence),
            Id = group.Area.Id + "/" + group.Key,
            Area = group.Area.Id,
            Mode = group.Area.Mode,
            Topic = group.Topic,
            Localities = localities,
            Questions = Questions(units),
            Severity = severity,
            Breadth = breadth,
            Priority = 100 * severity * (1 + breadth.Value) / 2,
            Evidence = _context.Index.IdsInOrder(evidence),
            ProposedText = _options.IncludeNotes
                ? ProposedText(evidence)
                : ImmutableArray<ResponseText>.Empty,
            Notes = _options.IncludeNotes ? Notes(evidence) : ImmutableArray<ResponseText>.Empty,
        };
    }

    /// <summary>
    /// Every response of the units (rated or not), in ascending position (so ordinal id) order, in a buffer
    /// from the pool. Units never share a tally (a question and scope is one unit), so responses never
    /// repeat.
    /// </summary>
    private (int[] Buffer, int Length) Evidence(List<ShortfallUnit> units)
    {
        var length = 0;
        foreach (var unit in units)
        {
            length += unit.Tally.RatedCount + unit.Tally.OtherCount;
        }

        var buffer = ArrayPool<int>.Shared.Rent(Math.Max(1, length));
        var at = 0;
        foreach (var unit in units)
        {
            var all = unit.Tally.All;
            all.CopyTo(buffer.AsSpan(at));
            at += all.Length;
        }

        ResponseOrder.Sort(buffer, length, _context.Index.Ids.Length);
        return (buffer, length);
    }

    private static ImmutableArray<GapQuestion> Questions(List<ShortfallUnit> units) =>
        units.GroupBy(u => u.Question.Id, StringComparer.Ordinal)
            .Select(g => new GapQuestion
            {
                Question = g.Key,
                TargetLevel = g.First().Target,
                DesiredState = g.First().Question.DesiredState!.Statement,
                Shortfalls = g.Select(u => new Shortfall(u.Score.Scope, u.Level, u.Distance))
                    .ToImmutableArray(),
            })
            .ToImmutableArray();

    private GapBreadth Breadth(
        ShortfallGroup group,
        List<ShortfallUnit> units,
        ImmutableArray<string> localities,
        ReadOnlySpan<int> evidence)
    {
        var community = group.Area.Mode == AreaMode.Community && _context.Index.LocalityIds.Count > 0;
        var charted = community ? _localitiesCharted : 1;
        var covered = community ? localities.Length : 1;
        var keys = _context.Index.Keys;
        var expected = new bool[keys.InformantTypeCount];
        var listed = units.SelectMany(u => u.Question.InformantTypes).Select(keys.TypeKey);
        foreach (var key in listed.Where(k => k >= 0))
        {
            expected[key] = true;
        }

        var heard = new bool[keys.InformantTypeCount];
        var index = _context.Index;
        foreach (var position in evidence)
        {
            var source = index.SourceTable[index.SourceOf[position]];
            if (source.IsInformant && expected[source.Key])
            {
                heard[source.Key] = true;
            }
        }

        var expectedCount = expected.Count(e => e);
        var heardCount = heard.Count(h => h);
        var typeShare = expectedCount == 0 ? 1.0 : (double)heardCount / expectedCount;
        return new GapBreadth
        {
            Localities = covered,
            LocalitiesCharted = charted,
            InformantTypes = heardCount,
            InformantTypesExpected = expectedCount,
            Value = (((double)covered / charted) + typeShare) / 2,
        };
    }

    private ImmutableArray<ResponseText> ProposedText(ReadOnlySpan<int> evidence)
    {
        var texts = new List<ResponseText>();
        foreach (var position in evidence)
        {
            var response = _context.Index.ResponseOf(position);
            foreach (var proposal in response.Solutions)
            {
                if (!string.IsNullOrEmpty(proposal?.Text))
                {
                    texts.Add(new ResponseText(response.Id, proposal!.Text!));
                }
            }
        }

        return Ordered(texts);
    }

    private ImmutableArray<ResponseText> Notes(ReadOnlySpan<int> evidence)
    {
        var texts = new List<ResponseText>();
        foreach (var position in evidence)
        {
            var response = _context.Index.ResponseOf(position);
            if (!string.IsNullOrEmpty(response.Notes))
            {
                texts.Add(new ResponseText(response.Id, response.Notes!));
            }
        }

        return Ordered(texts);
    }

    private static ImmutableArray<ResponseText> Ordered(List<ResponseText> texts) => texts
        .OrderBy(t => t.Response, StringComparer.Ordinal)
        .ThenBy(t => t.Text, StringComparer.Ordinal)
        .ToImmutableArray();
}
