using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace TipAssessment.Scoring;

/// <summary>
/// Counts the coverage of a set of distinct questions in one scope. Roll-ups ask about the same questions at
/// every level of one scope's tree, so what a question contributes is looked up once per scope, and what it
/// expects once in all; lists of informant types are shared between nodes that have the same ones.
/// </summary>
internal sealed class CoverageCounter
{
    private readonly ScoringContext _context;
    private readonly Dictionary<string, int[]> _expected = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Leaf> _leaves = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, ImmutableArray<string>> _typeLists = new();
    private readonly List<string> _without = new();
    private readonly bool[] _expectedScratch;
    private readonly bool[] _heardScratch;
    private ScoreScope? _scope;

    public CoverageCounter(ScoringContext context)
    {
        _context = context;
        _expectedScratch = new bool[context.Index.Keys.InformantTypeCount];
        _heardScratch = new bool[context.Index.Keys.InformantTypeCount];
    }

    public Coverage Of(List<string> questions, ScoreScope scope)
    {
        if (!ReferenceEquals(scope, _scope))
        {
            _leaves.Clear();
            _scope = scope;
        }

        // Scratch arrays: every list made from them is copied out before the next call.
        var expected = _expectedScratch;
        var heard = _heardScratch;
        Array.Clear(expected, 0, expected.Length);
        Array.Clear(heard, 0, heard.Length);
        var without = _without;
        without.Clear();
        int unknown = 0, notApplicable = 0;
        foreach (var id in questions)
        {
            foreach (var key in ExpectedKeys(id))
            {
                expected[key] = true;
            }

            var leaf = LeafOf(id, scope);
            unknown += leaf.Unknown;
            notApplicable += leaf.NotApplicable;
            if (!leaf.HasLevel)
            {
                without.Add(id);
            }

            var tally = leaf.Tally;
            for (var k = 0; tally is not null && k < heard.Length; k++)
            {
                heard[k] |= tally.Heard(k);
            }
        }

        return new Coverage
        {
            ScoredQuestions = questions.Count,
            WithEvidence = questions.Count - without.Count,
            Percent = questions.Count == 0 ? 0 : (questions.Count - without.Count) * 100.0 / questions.Count,
            UnknownResponses = unknown,
            NotApplicableResponses = notApplicable,
            WithoutEvidence = without.Count == 0 ? ImmutableArray<string>.Empty : without.ToImmutableArray(),
            InformantTypesExpected = Types(expected, null),
            InformantTypesHeard = Types(heard, null),
            InformantTypesMissing = Types(expected, heard),
        };
    }

    private Leaf LeafOf(string questionId, ScoreScope scope)
    {
        if (!_leaves.TryGetValue(questionId, out var leaf))
        {
            var score = _context.Score(questionId, scope);
            leaf = new Leaf(
                score?.UnknownCount ?? 0,
                score?.NotApplicableCount ?? 0,
                score?.HasLevel == true,
                _context.Index.Find(questionId, scope));
            _leaves.Add(questionId, leaf);
        }

        return leaf;
    }

    private int[] ExpectedKeys(string questionId)
    {
        if (!_expected.TryGetValue(questionId, out var keys))
        {
            var found = new List<int>();
            var question = _context.Framework.FindQuestion(questionId);
            foreach (var type in question?.InformantTypes ?? ImmutableArray<string>.Empty)
            {
                var key = _context.Index.Keys.TypeKey(type);
                if (key >= 0)
                {
                    found.Add(key);
                }
            }

            keys = found.ToArray();
            _expected.Add(questionId, keys);
        }

        return keys;
    }

    private ImmutableArray<string> Types(bool[] include, bool[]? exclude)
    {
        // The same few sets of types recur in every scope: one list for each, keyed by which types it has.
        var mask = 0UL;
        for (var k = 0; k < include.Length; k++)
        {
            mask |= include[k] && (exclude is null || !exclude[k]) ? 1UL << k : 0;
        }

        if (include.Length > 64 || !_typeLists.TryGetValue(mask, out var list))
        {
            var types = ImmutableArray.CreateBuilder<string>();
            for (var k = 0; k < include.Length; k++)
            {
                if (include[k] && (exclude is null || !exclude[k]))
                {
                    types.Add(_context.Index.Keys.Ids[k]);
                }
            }

            list = types.ToImmutable();
            if (include.Length <= 64)
            {
                _typeLists.Add(mask, list);
            }
        }

        return list;
    }

    private readonly struct Leaf
    {
        public Leaf(int unknown, int notApplicable, bool hasLevel, Tally? tally)
        {
            Unknown = unknown;
            NotApplicable = notApplicable;
            HasLevel = hasLevel;
            Tally = tally;
        }

        public int Unknown { get; }

        public int NotApplicable { get; }

        public bool HasLevel { get; }

        public Tally? Tally { get; }
    }
}
