using System;
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
        // Units never share a tally (a question and scope is one unit), so their responses never repeat.
        var evidence = _context.Index.InIdOrder(units.Select(u => u.Tally).ToList());
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
        int[] evidence)
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
        foreach (var i in evidence)
        {
            var source = _context.Index.Sources[i];
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

    private ImmutableArray<ResponseText> ProposedText(int[] evidence)
    {
        var responses = _context.Index.Assessment.Responses;
        return evidence
            .SelectMany(i => responses[i].Solutions.Where(s => !string.IsNullOrEmpty(s?.Text))
                .Select(s => new ResponseText(responses[i].Id, s.Text!)))
            .OrderBy(t => t.Response, StringComparer.Ordinal)
            .ThenBy(t => t.Text, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private ImmutableArray<ResponseText> Notes(int[] evidence)
    {
        var responses = _context.Index.Assessment.Responses;
        return evidence
            .Where(i => !string.IsNullOrEmpty(responses[i].Notes))
            .Select(i => new ResponseText(responses[i].Id, responses[i].Notes!))
            .OrderBy(t => t.Response, StringComparer.Ordinal)
            .ThenBy(t => t.Text, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
