using System;
using System.Collections.Generic;
using TipAssessment.Framework;
using TipAssessment.Scoring;

namespace TipAssessment.Gaps;

/// <summary>A scored question below its target in one charted scope.</summary>
internal sealed class ShortfallUnit
{
    public ShortfallUnit(Question question, Placement placement, QuestionScore score, Tally tally)
    {
        Question = question;
        Placement = placement;
        Score = score;
        Tally = tally;
    }

    public Question Question { get; }

    public Placement Placement { get; }

    public QuestionScore Score { get; }

    public Tally Tally { get; }

    public int Target => Question.DesiredState!.TargetLevel;

    public double Level => Score.Level!.Value;

    public double Distance => Target - Level;
}

/// <summary>The shortfalls that share one row: one area and one topic (or question).</summary>
internal sealed class ShortfallGroup
{
    public ShortfallGroup(GapArea area, int areaOrder, string key, string? topic, int firstPlacement)
    {
        Area = area;
        AreaOrder = areaOrder;
        Key = key;
        Topic = topic;
        FirstPlacement = firstPlacement;
    }

    public GapArea Area { get; }

    public int AreaOrder { get; }

    /// <summary>The topic's id, or the question's when grouping by question.</summary>
    public string Key { get; }

    public string? Topic { get; }

    public int FirstPlacement { get; }

    public List<ShortfallUnit> Units { get; } = new();

    /// <summary>The question and scope of every unit, so a question placed twice in one area counts
    /// once.</summary>
    public HashSet<ScoreKey> Seen { get; } = new();
}

/// <summary>Finds every shortfall in the charted areas and scopes and groups them into rows.</summary>
internal static class ShortfallFinder
{
    public static List<ShortfallGroup> Find(
        ScoringContext context,
        IReadOnlyList<GapArea> areas,
        IReadOnlyList<string> localities,
        GapGrouping grouping)
    {
        var groups = new List<ShortfallGroup>();
        for (var a = 0; a < areas.Count; a++)
        {
            var byKey = new Dictionary<string, ShortfallGroup>(StringComparer.Ordinal);
            foreach (var entry in context.Framework.Placements)
            {
                var question = entry.Question;
                var pillar = entry.Placement.Section.Pillar;
                var inArea = string.Equals(pillar, areas[a].Pillar, StringComparison.Ordinal);
                if (!inArea || !question.IsScored || question.DesiredState is null)
                {
                    continue;
                }

                var key = grouping == GapGrouping.ByTopic ? entry.Placement.Topic.Id : question.Id;
                if (!byKey.TryGetValue(key, out var group))
                {
                    var topic = grouping == GapGrouping.ByTopic ? key : null;
                    group = new ShortfallGroup(areas[a], a, key, topic, entry.Placement.Index);
                    byKey.Add(key, group);
                    groups.Add(group);
                }

                var scopes = Scopes(context, areas[a], question, localities);
                AddUnits(context, group, entry.Placement, question, scopes);
            }
        }

        groups.RemoveAll(g => g.Units.Count == 0);
        return groups;
    }

    private static void AddUnits(
        ScoringContext context,
        ShortfallGroup group,
        Placement placement,
        Question question,
        IEnumerable<ScoreScope> scopes)
    {
        foreach (var scope in scopes)
        {
            var score = context.Score(question.Id, scope);
            var below = score?.Level is double level && level < question.DesiredState!.TargetLevel;
            if (below && group.Seen.Add(new ScoreKey(question.Id, scope)))
            {
                var tally = context.Index.Find(question.Id, scope)!;
                group.Units.Add(new ShortfallUnit(question, placement, score!, tally));
            }
        }
    }

    private static IEnumerable<ScoreScope> Scopes(
        ScoringContext context,
        GapArea area,
        Question question,
        IReadOnlyList<string> localities)
    {
        if (area.Mode == AreaMode.National)
        {
            var view = ImplementationGapFinder.NationalView(context, question.Id);
            return view is null ? Array.Empty<ScoreScope>() : new[] { view.Scope };
        }

        // An assessment without localities is one place: its overall score stands for it.
        return context.Index.LocalityIds.Count == 0
            ? new[] { ScoreScope.Overall }
            : ToScopes(localities);
    }

    private static IEnumerable<ScoreScope> ToScopes(IReadOnlyList<string> localities)
    {
        foreach (var locality in localities)
        {
            yield return ScoreScope.ForLocality(locality);
        }
    }
}
