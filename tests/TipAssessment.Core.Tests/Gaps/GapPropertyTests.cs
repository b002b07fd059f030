using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Gaps;
using TipAssessment.Scoring;
using TipAssessment.Tests.Scoring;

namespace TipAssessment.Tests.Gaps;

[Properties(Arbitrary = new[] { typeof(RandomAssessments) }, MaxTest = 300)]
public sealed class GapPropertyTests
{
    [Property]
    public bool GapRows_AppearExactlyWhereAScoreIsBelowItsDesiredState(Assessment assessment, bool byQuestion)
    {
        var framework = TinyFramework.Create();
        var scoring = ScoringEngine.Score(framework, assessment);
        var grouping = byQuestion ? GapGrouping.ByQuestion : GapGrouping.ByTopic;

        var chart = GapDeriver.Derive(scoring, GapOptions.Default with { Grouping = grouping });

        var charted = chart.Rows
            .SelectMany(
                r => r.Questions.SelectMany(q => q.Shortfalls.Select(s => (r.Area,
                q.Question,
                s.Scope.ToString()))))
            .ToList();
        var expected = Expected(framework, scoring).ToList();
        return charted.Count == charted.Distinct().Count() && new HashSet<(string, string, string)>(charted)
            .SetEquals(expected);
    }

    [Property]
    public bool GapRows_AreRankedOneToNByNonIncreasingPriority(Assessment assessment)
    {
        var rows = GapDeriver.Derive(ScoringEngine.Score(TinyFramework.Create(), assessment)).Rows;

        return rows.Select(r => r.Rank).SequenceEqual(Enumerable.Range(1, rows.Length))
            && rows.Zip(rows.Skip(1), (a, b) => a.Priority >= b.Priority).All(x => x)
            && rows.All(r => r.Severity > 0 && r.Severity <= 1 && r.Priority > 0 && r.Priority <= 100);
    }

    /// <summary>Every (area, question, scope) whose level is below target, computed straight from the
    /// scores.</summary>
    private static IEnumerable<(
        string,
        string,
        string)> Expected(AssessmentFramework framework, ScoringResult scoring)
    {
        foreach (var area in framework.Areas)
        {
            var questions = framework.Placements
                .Where(p => p.Placement.Section.Pillar == area.Pillar && p.Question.DesiredState is not null)
                .Select(p => p.Question).Distinct();
            foreach (var question in questions)
            {
                foreach (var scope in ScopesOf(area, question.Id, scoring))
                {
                    var level = scoring.FindScore(question.Id, scope)?.Level;
                    if (level < question.DesiredState!.TargetLevel)
                    {
                        yield return (area.Id, question.Id, scope.ToString());
                    }
                }
            }
        }
    }

    private static IEnumerable<ScoreScope> ScopesOf(GapArea area, string question, ScoringResult scoring)
    {
        if (area.Mode == AreaMode.National)
        {
            var national = scoring.FindScore(question, ScoreScope.National);
            return new[] { national?.HasLevel == true ? ScoreScope.National : ScoreScope.Overall };
        }

        return scoring.Assessment.Localities.IsEmpty
            ? new[] { ScoreScope.Overall }
            : scoring.Assessment.Localities.Select(l => ScoreScope.ForLocality(l.Id));
    }
}
