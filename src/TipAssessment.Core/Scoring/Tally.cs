using System.Collections.Generic;
using TipAssessment.Assessments;

namespace TipAssessment.Scoring;

/// <summary>Who a counted response comes from: its source key, perspective group and source
/// ordinal.</summary>
internal readonly struct SourceRef
{
    public SourceRef(int key, int group, int ordinal, bool isInformant)
    {
        Key = key;
        Group = group;
        Ordinal = ordinal;
        IsInformant = isInformant;
    }

    /// <summary>The index of the informant type, or of the desk source after all informant types.</summary>
    public int Key { get; }

    /// <summary>The perspective group's index; -1 for desk evidence or a type without a known
    /// group.</summary>
    public int Group { get; }

    /// <summary>
    /// Who "cites" a driver: the informant's position among the assessment's informants, or for a consulted
    /// source its position after all informants, so the two never collide.
    /// </summary>
    public int Ordinal { get; }

    public bool IsInformant { get; }
}

/// <summary>The evidence on one question in one scope, gathered in one pass over the responses.</summary>
internal sealed class Tally
{
    private readonly int _groups;

    public Tally(int keys, int levels, int groups)
    {
        _groups = groups;
        Levels = new LevelCounts(keys, levels);
        Heard = new bool[keys];
    }

    public LevelCounts Levels { get; }

    /// <summary>Which source keys gave any counted answer (a level or not).</summary>
    public bool[] Heard { get; }

    public int Unknown { get; private set; }

    public int NotApplicable { get; private set; }

    public int Unrated { get; private set; }

    /// <summary>Indices of rated responses, in input order until sorted by the index.</summary>
    public List<int> Rated { get; } = new();

    /// <summary>Indices of counted responses that are not levels.</summary>
    public List<int> Other { get; } = new();

    /// <summary>Ratings by perspective group; null until a grouped rating arrives.</summary>
    public LevelCounts?[]? Groups { get; private set; }

    public void Add(int index, SourceRef source, Rating rating, int offset)
    {
        Heard[source.Key] = true;
        switch (rating.Kind)
        {
            case RatingKind.Level:
                Levels.Add(source.Key, offset);
                Rated.Add(index);
                AddToGroup(source, offset);
                return;
            case RatingKind.Unknown:
                Unknown++;
                break;
            case RatingKind.NotApplicable:
                NotApplicable++;
                break;
            default:
                Unrated++;
                break;
        }

        Other.Add(index);
    }

    private void AddToGroup(SourceRef source, int offset)
    {
        if (source.Group < 0)
        {
            return;
        }

        Groups ??= new LevelCounts?[_groups];
        var counts = Groups[source.Group] ??= new LevelCounts(Levels.Keys, Levels.Levels);
        counts.Add(source.Key, offset);
    }
}

/// <summary>The tallies of one scored question: overall, national, and per locality.</summary>
internal sealed class QuestionEvidence
{
    public QuestionEvidence(Framework.Question question, int position, Tally overall, int localities)
    {
        Question = question;
        Position = position;
        Overall = overall;
        ByLocality = new Tally?[localities];
    }

    public Framework.Question Question { get; }

    /// <summary>The question's position in the framework's question list.</summary>
    public int Position { get; }

    public Tally Overall { get; }

    public Tally? National { get; set; }

    public Tally?[] ByLocality { get; }
}
