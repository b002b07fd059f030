using System;
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

/// <summary>
/// The evidence on one question in one scope: counts, and the positions of its responses (rated first, then
/// the others, each in ascending order) in an array shared with the other tallies. The index counts the
/// responses while it reads them and fills in the levels afterwards, in one pass over integer columns.
/// </summary>
internal sealed class Tally
{
    private Blocks _blocks = null!;

    public Tally(int id, bool overall)
    {
        Id = id;
        IsOverall = overall;
    }

    /// <summary>The tally's number among all tallies of the index.</summary>
    public int Id { get; }

    /// <summary>Whether this is a question's overall tally (its positions live in a separate
    /// array).</summary>
    public bool IsOverall { get; }

    /// <summary>The ratings by source key and level (a view made on each call: keep it while in
    /// use).</summary>
    public LevelCounts Levels =>
        new(_blocks.Levels, Id * _blocks.Size, _blocks.Keys, _blocks.LevelCount, RatedCount);

    public int Unknown { get; private set; }

    public int NotApplicable { get; private set; }

    public int Unrated { get; private set; }

    /// <summary>Whether a rated response came from a source with a perspective group.</summary>
    public bool HasGroupedRating { get; private set; }

    /// <summary>The number of rated responses.</summary>
    public int RatedCount { get; private set; }

    /// <summary>The number of counted responses that are not levels.</summary>
    public int OtherCount => Unknown + NotApplicable + Unrated;

    /// <summary>Where the tally's positions start in <see cref="Positions"/>.</summary>
    public int Start { get; set; }

    /// <summary>The shared array holding the tally's positions.</summary>
    public int[] Positions { get; set; } = Array.Empty<int>();

    /// <summary>Positions of rated responses, ascending.</summary>
    public ReadOnlySpan<int> Rated => new(Positions, Start, RatedCount);

    /// <summary>Positions of counted responses that are not levels, ascending.</summary>
    public ReadOnlySpan<int> Other => new(Positions, Start + RatedCount, OtherCount);

    /// <summary>The rated, then the other positions: two ascending runs.</summary>
    public ReadOnlySpan<int> All => new(Positions, Start, RatedCount + OtherCount);

    /// <summary>Whether the source key gave any counted answer (a level or not).</summary>
    public bool Heard(int key) => _blocks.Heard[(Id * _blocks.Keys) + key];

    /// <summary>The number of perspective groups <see cref="Group"/> reads; 0 without
    /// <see cref="HasGroupedRating"/>.</summary>
    public int GroupCount => HasGroupedRating ? _blocks.Groups : 0;

    /// <summary>The ratings of one perspective group, below <see cref="GroupCount"/> (a view, made on each
    /// call).</summary>
    public LevelCounts Group(int group)
    {
        var block = _blocks.FirstGroupBlock[Id] + group;
        return new LevelCounts(
            _blocks.GroupLevels,
            block * _blocks.GroupSize,
            _blocks.GroupKeys,
            _blocks.LevelCount,
            _blocks.GroupTotals[block]);
    }

    /// <summary>Counts a response while the responses are read.</summary>
    public void Note(SourceRef source, Rating rating)
    {
        switch (rating.Kind)
        {
            case RatingKind.Level:
                RatedCount++;
                HasGroupedRating |= source.Group >= 0;
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
    }

    /// <summary>Gives the tally the shared count arrays.</summary>
    public void Attach(Blocks blocks) => _blocks = blocks;

    /// <summary>
    /// The counts of every tally of an index: a block of keys times levels per tally (at the tally's id), one
    /// per perspective group for tallies with grouped ratings, and which keys each tally heard.
    /// </summary>
    internal sealed class Blocks
    {
        public Blocks(int keys, int levelCount, int groups, int tallies, int groupBlocks, bool groupsByKey)
        {
            Keys = keys;
            LevelCount = levelCount;
            Groups = groups;
            GroupKeys = groupsByKey ? keys : 1;
            Levels = new int[tallies * Size];
            Heard = new bool[tallies * keys];
            FirstGroupBlock = new int[tallies];
            GroupLevels = new int[groupBlocks * GroupSize];
            GroupTotals = new int[groupBlocks];
        }

        public int Keys { get; }

        public int LevelCount { get; }

        public int Groups { get; }

        /// <summary>The size of a block: keys times levels.</summary>
        public int Size => Keys * LevelCount;

        /// <summary>
        /// The keys a group's block counts by: every source key when the aggregation weighs sources (the
        /// weighted mean), otherwise one, for levels alone. Only the weighted mean reads a group's counts by
        /// key, and a block by key is mostly zeros (a group holds a few of the keys): at millions of
        /// responses that was megabytes allocated and cleared for nothing.
        /// </summary>
        public int GroupKeys { get; }

        /// <summary>The size of a group's block: <see cref="GroupKeys"/> times levels.</summary>
        public int GroupSize => GroupKeys * LevelCount;

        public int[] Levels { get; }

        public bool[] Heard { get; }

        /// <summary>Each tally's first group block, or -1.</summary>
        public int[] FirstGroupBlock { get; }

        public int[] GroupLevels { get; }

        public int[] GroupTotals { get; }
    }
}

/// <summary>The tallies of one scored question: overall, national, and per locality.</summary>
internal sealed class QuestionEvidence
{
    public QuestionEvidence(Framework.Question question, Tally overall, int localities)
    {
        Question = question;
        Overall = overall;
        ByLocality = new Tally?[localities];
    }

    public Framework.Question Question { get; }

    public Tally Overall { get; }

    public Tally? National { get; set; }

    public Tally?[] ByLocality { get; }
}
