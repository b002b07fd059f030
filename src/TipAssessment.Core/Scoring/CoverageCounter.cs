using System.Collections.Generic;
using System.Collections.Immutable;

namespace TipAssessment.Scoring;

/// <summary>Counts the coverage of a set of distinct questions in one scope.</summary>
internal sealed class CoverageCounter
{
    private readonly ScoringContext _context;

    public CoverageCounter(ScoringContext context) => _context = context;

    public Coverage Of(List<string> questions, ScoreScope scope)
    {
        var keys = _context.Index.Keys;
        var expected = new bool[keys.InformantTypeCount];
        var heard = new bool[keys.InformantTypeCount];
        var without = ImmutableArray.CreateBuilder<string>();
        int unknown = 0, notApplicable = 0;
        foreach (var id in questions)
        {
            MarkExpected(id, expected);
            var score = _context.Score(id, scope);
            unknown += score?.UnknownCount ?? 0;
            notApplicable += score?.NotApplicableCount ?? 0;
            if (score?.HasLevel != true)
            {
                without.Add(id);
            }

            var tally = _context.Index.Find(id, scope);
            for (var k = 0; tally is not null && k < heard.Length; k++)
            {
                heard[k] |= tally.Heard[k];
            }
        }

        return new Coverage
        {
            ScoredQuestions = questions.Count,
            WithEvidence = questions.Count - without.Count,
            Percent = questions.Count == 0 ? 0 : (questions.Count - without.Count) * 100.0 / questions.Count,
            UnknownResponses = unknown,
            NotApplicableResponses = notApplicable,
            WithoutEvidence = without.ToImmutable(),
            InformantTypesExpected = Types(expected, null),
            InformantTypesHeard = Types(heard, null),
            InformantTypesMissing = Types(expected, heard),
        };
    }

    private void MarkExpected(string questionId, bool[] expected)
    {
        var question = _context.Framework.FindQuestion(questionId);
        foreach (var type in question?.InformantTypes ?? ImmutableArray<string>.Empty)
        {
            var key = _context.Index.Keys.TypeKey(type);
            if (key >= 0)
            {
                expected[key] = true;
            }
        }
    }

    private ImmutableArray<string> Types(bool[] include, bool[]? exclude)
    {
        var types = ImmutableArray.CreateBuilder<string>();
        for (var k = 0; k < include.Length; k++)
        {
            if (include[k] && (exclude is null || !exclude[k]))
            {
                types.Add(_context.Index.Keys.Ids[k]);
            }
        }

        return types.ToImmutable();
    }
}
