using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Gaps;

namespace TipAssessment.Scoring;

/// <summary>
/// Every response that counts, grouped once by question and scope, as integer columns: one pass over the
/// responses resolves each to its question, scope, source, rating and catalogue codes, and a second pass over
/// those integers lays every tally's responses out in shared arrays. Nothing after it touches a response
/// object or hashes a string per response.
/// </summary>
/// <remarks>
/// Responses are addressed by <em>position</em>: their place in ordinal order of response ids (the input
/// order when it already is that order, the usual case). Every tally's responses are therefore already in id
/// order, and any union of them is put in id order by sorting integers.
/// </remarks>
internal sealed class EvidenceIndex
{
    private readonly Dictionary<string, QuestionEvidence> _questions = new(StringComparer.Ordinal);
    private readonly QuestionEvidence?[] _byPosition;
    private readonly ImmutableArray<ExcludedResponse>.Builder _excluded =
        ImmutableArray.CreateBuilder<ExcludedResponse>();
    private readonly Dictionary<string, int> _localityIndex = new(StringComparer.Ordinal);
    private readonly List<Tally> _tallies = new();
    private readonly Dictionary<string, string> _localityNames = new(StringComparer.Ordinal);
    private string? _lastLocality;
    private int _lastLocalityIndex = -1;

    private EvidenceIndex(AssessmentFramework framework, Assessment assessment, int[]? responseAt)
    {
        Framework = framework;
        Assessment = assessment;
        MinLevel = framework.RatingScale.MinLevel;
        LevelCount = framework.RatingScale.MaxLevel - MinLevel + 1;
        var count = assessment.Responses.Length;
        ResponseAt = responseAt;
        Ids = new string[count];
        // Gather writes every position of both columns.
        SourceOf = NewColumn(count);
        LocalityOf = NewColumn(count);
        Keys = new SourceKeys(framework);
        _byPosition = new QuestionEvidence?[framework.Questions.Length];
        foreach (var locality in assessment.Localities)
        {
            if (!_localityIndex.ContainsKey(locality.Id))
            {
                _localityIndex.Add(locality.Id, LocalityIds.Count);
                _localityNames.Add(locality.Id, locality.Name);
                LocalityIds.Add(locality.Id);
            }
        }
    }

    public AssessmentFramework Framework { get; }

    public Assessment Assessment { get; }

    public int MinLevel { get; }

    /// <summary>The number of levels on the scale.</summary>
    public int LevelCount { get; }

    public SourceKeys Keys { get; }

    /// <summary>The declared localities' ids, first occurrence of each, in document order.</summary>
    public List<string> LocalityIds { get; } = new();

    /// <summary>The number of source ordinals (<see cref="SourceRef.Ordinal"/> is below it).</summary>
    public int SourceCount { get; private set; }

    /// <summary>Each source ordinal's key, group and kind.</summary>
    public SourceRef[] SourceTable { get; private set; } = Array.Empty<SourceRef>();

    /// <summary>The number of tallies: one for each scored question and scope with a counted response, so an
    /// upper bound on the number of question scores.</summary>
    public int TallyCount => _tallies.Count;

    /// <summary>Whether any counted response on a scored question names no locality.</summary>
    public bool HasNationalEvidence { get; private set; }

    /// <summary>The response index at each position; null when positions are response indices.</summary>
    public int[]? ResponseAt { get; }

    /// <summary>Every response's id, by position (so in ordinal order): lists of ids are copied from this
    /// column.</summary>
    public string[] Ids { get; }

    /// <summary>The source ordinal of each counted response on a scored question, by position; -1 for any
    /// other response.</summary>
    public int[] SourceOf { get; }

    /// <summary>Each counted response's locality index in <see cref="LocalityIds"/>, by position; -1 for
    /// national evidence.</summary>
    public int[] LocalityOf { get; }

    /// <summary>The drivers each counted response cites, as positions in the framework's list, by
    /// position.</summary>
    public CodeTable Drivers { get; private set; } = CodeTable.Empty;

    /// <summary>The solution codes each counted response proposes, as positions in the framework's list, by
    /// position.</summary>
    public CodeTable Solutions { get; private set; } = CodeTable.Empty;

    /// <summary>The excluded responses in ordinal id order, so the input's order cannot show
    /// through.</summary>
    public ImmutableArray<ExcludedResponse> Excluded => _excluded
        .OrderBy(e => e.Response, StringComparer.Ordinal)
        .ThenBy(e => e.Reason, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>Indexes the assessment's responses; <paramref name="groupsByKey"/> keeps each perspective
    /// group's counts by source key as well as by level, which only the weighted mean needs.</summary>
    public static EvidenceIndex Build(AssessmentFramework framework, Assessment assessment, bool groupsByKey)
    {
        var count = assessment.Responses.Length;
        var overallSlot = ArrayPool<int>.Shared.Rent(count);
        var scopedSlot = ArrayPool<int>.Shared.Rent(count);
        var levelOf = ArrayPool<int>.Shared.Rent(count);
        try
        {
            // Responses usually come in id order: read them in input order, checking that as it goes, and
            // only when they do not, put them in order and read them again.
            var index = new EvidenceIndex(framework, assessment, null);
            if (!index.Gather(overallSlot, scopedSlot, levelOf))
            {
                index = new EvidenceIndex(framework, assessment, ResponseOrder.Order(assessment.Responses));
                index.Gather(overallSlot, scopedSlot, levelOf);
            }

            index.LayOut(overallSlot, scopedSlot, levelOf, groupsByKey);
            return index;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(overallSlot);
            ArrayPool<int>.Shared.Return(scopedSlot);
            ArrayPool<int>.Shared.Return(levelOf);
        }
    }

    /// <summary>The response at a position.</summary>
    public Response ResponseOf(int position) =>
        Assessment.Responses[ResponseAt is null ? position : ResponseAt[position]];

    /// <summary>The position of a locality in <see cref="LocalityIds"/>, or -1.</summary>
    public int LocalityIndex(string localityId) =>
        _localityIndex.TryGetValue(localityId, out var found) ? found : -1;

    /// <summary>The name of the first declared locality with the id, or null.</summary>
    public string? LocalityName(string localityId) =>
        _localityNames.TryGetValue(localityId, out var name) ? name : null;

    /// <summary>The evidence on a scored question, or null when no response about it counts.</summary>
    public QuestionEvidence? Find(string questionId) =>
        _questions.TryGetValue(questionId, out var found) ? found : null;

    /// <summary>The tally of a question in a scope, or null when no response counts there.</summary>
    public Tally? Find(string questionId, ScoreScope scope)
    {
        var evidence = Find(questionId);
        return evidence is null ? null : scope.Kind switch
        {
            ScopeKind.Overall => evidence.Overall,
            ScopeKind.National => evidence.National,
            _ => _localityIndex.TryGetValue(scope.Locality!, out var i) ? evidence.ByLocality[i] : null,
        };
    }

    /// <summary>The ids of responses at positions in ascending order.</summary>
    public ImmutableArray<string> IdsInOrder(ReadOnlySpan<int> positions) =>
        ResponseOrder.IdsInOrder(Ids, positions);

    /// <summary>Reads every response once, in position order; false when the responses are read in input
    /// order and turn out not to be in id order (nothing read is then of use).</summary>
#if NET
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one call with one long loop: never worth tiering
#endif
    private bool Gather(int[] overallSlot, int[] scopedSlot, int[] levelOf)
    {
        var resolver = new SourceResolver(Framework, Assessment, Keys);
        SourceCount = resolver.SourceCount;
        SourceTable = resolver.SourceTable;
        var responses = Assessment.Responses;
        var checkOrder = ResponseAt is null;
        var scored = new bool[Framework.Questions.Length];
        for (var q = 0; q < scored.Length; q++)
        {
            scored[q] = Framework.Questions[q].IsScored;
        }

        string? previous = null;
        var drivers = new CodeTable.Builder(
            Catalogue(Framework.Drivers.Select(d => d.Id)), Framework.Drivers.Length, Ids.Length, Ids.Length);
        var solutions = new CodeTable.Builder(
            Catalogue(Framework.Solutions.Select(s => s.Id)),
            Framework.Solutions.Length,
            Ids.Length,
            Ids.Length / 4);
        var scale = Framework.RatingScale;
        int lowest = scale.MinLevel, highest = scale.MaxLevel;
        var noLevels = scale.Levels.IsDefaultOrEmpty;
        for (var p = 0; p < Ids.Length; p++)
        {
            var response = responses[ResponseAt is null ? p : ResponseAt[p]];
            var id = response.Id;
            if (checkOrder)
            {
                if (previous is not null && string.CompareOrdinal(previous, id) > 0)
                {
                    return false;
                }

                previous = id;
            }

            Ids[p] = id;
            SourceOf[p] = -1;
            LocalityOf[p] = -1;
            overallSlot[p] = -1;
            scopedSlot[p] = -1;
            drivers.Start(p);
            solutions.Start(p);
            var reason = resolver.Resolve(response, out var source, out var questionPosition);
            var locality = -1;
            if (reason is null && response.Locality is not null && !TryLocality(response.Locality, out locality))
            {
                reason = ExclusionReasons.UnknownLocality;
            }

            var rating = response.Rating;
            // As RatingScale.Contains, with the scale's bounds read once.
            if (reason is null && rating.IsLevel
                && (rating.Level!.Value < lowest || rating.Level.Value > highest || noLevels))
            {
                reason = ExclusionReasons.OffScale;
            }

            if (reason is not null)
            {
                _excluded.Add(new ExcludedResponse(response.Id, reason));
            }
            else if (scored[questionPosition])
            {
                SourceOf[p] = source.Ordinal;
                LocalityOf[p] = locality;
                Add(p, questionPosition, locality, source, rating, overallSlot, scopedSlot);
                levelOf[p] = rating.IsLevel ? rating.Level!.Value - MinLevel : -1;
                var cited = response.Drivers;
                for (var j = 0; j < cited.Length; j++)
                {
                    drivers.Add(cited[j]);
                }

                var proposed = response.Solutions;
                for (var j = 0; j < proposed.Length; j++)
                {
                    solutions.Add(proposed[j]?.Code);
                }
            }
        }

        Drivers = drivers.Build();
        Solutions = solutions.Build();
        return true;
    }

    /// <summary>Positions in the catalogue by id, first occurrence of each id winning (the validator reports
    /// duplicates).</summary>
    private static Dictionary<string, int> Catalogue(IEnumerable<string> ids)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var k = 0;
        foreach (var id in ids)
        {
            if (!positions.ContainsKey(id))
            {
                positions.Add(id, k);
            }

            k++;
        }

        return positions;
    }

    /// <summary>
    /// Gives every tally its blocks of the shared count arrays and its range of positions, then fills both in
    /// one pass over the integer columns, in ascending position order (so each range comes out sorted).
    /// </summary>
#if NET
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
#endif
    private void LayOut(int[] overallSlot, int[] scopedSlot, int[] levelOf, bool groupsByKey)
    {
        var keys = Keys.Count;
        var groups = Framework.PerspectiveGroups.Length;
        var groupBlocks = 0;
        foreach (var tally in _tallies)
        {
            groupBlocks += tally.HasGroupedRating ? groups : 0;
        }

        var blocks = new Tally.Blocks(keys, LevelCount, groups, _tallies.Count, groupBlocks, groupsByKey);
        var block = blocks.Size;
        var groupBlock = blocks.GroupSize;
        var firstGroupBlock = blocks.FirstGroupBlock;

        // Each tally's responses are its rated ones, then its others; a cursor for each of the two runs. A
        // tally with grouped ratings has a block of counts for each group, from its first block on.
        var ratedAt = new int[_tallies.Count];
        var otherAt = new int[_tallies.Count];
        int overallSize = 0, scopedSize = 0;
        groupBlocks = 0;
        foreach (var tally in _tallies)
        {
            ref var size = ref tally.IsOverall ? ref overallSize : ref scopedSize;
            tally.Start = size;
            ratedAt[tally.Id] = size;
            otherAt[tally.Id] = size + tally.RatedCount;
            size += tally.RatedCount + tally.OtherCount;
            firstGroupBlock[tally.Id] = tally.HasGroupedRating ? groupBlocks : -1;
            groupBlocks += tally.HasGroupedRating ? groups : 0;
        }

        var levelCounts = blocks.Levels;
        var groupCounts = blocks.GroupLevels;
        var groupTotals = blocks.GroupTotals;
        var heard = blocks.Heard;
        // Every slot of both is written below: each tally's ranges hold exactly its counted responses.
        var overall = NewColumn(overallSize);
        var scoped = NewColumn(scopedSize);
        var sources = SourceTable;
        for (var p = 0; p < Ids.Length; p++)
        {
            var o = overallSlot[p];
            if (o < 0)
            {
                continue;
            }

            var s = scopedSlot[p];
            var source = sources[SourceOf[p]];
            heard[(o * keys) + source.Key] = true;
            heard[(s * keys) + source.Key] = true;
            var level = levelOf[p];
            if (level < 0)
            {
                overall[otherAt[o]++] = p;
                scoped[otherAt[s]++] = p;
                continue;
            }

            overall[ratedAt[o]++] = p;
            scoped[ratedAt[s]++] = p;
            var cell = (source.Key * LevelCount) + level;
            levelCounts[(o * block) + cell]++;
            levelCounts[(s * block) + cell]++;
            if (source.Group >= 0)
            {
                var og = firstGroupBlock[o] + source.Group;
                var sg = firstGroupBlock[s] + source.Group;
                var groupCell = groupsByKey ? cell : level;
                groupCounts[(og * groupBlock) + groupCell]++;
                groupCounts[(sg * groupBlock) + groupCell]++;
                groupTotals[og]++;
                groupTotals[sg]++;
            }
        }

        foreach (var tally in _tallies)
        {
            tally.Attach(blocks);
            tally.Positions = tally.IsOverall ? overall : scoped;
        }
    }

    /// <summary>An int column every element of which the caller writes before reading: not cleared first
    /// where the runtime allows (millions of elements each call).</summary>
    private static int[] NewColumn(int length) =>
#if NET
        GC.AllocateUninitializedArray<int>(length);
#else
        new int[length];
#endif

    private bool TryLocality(string id, out int locality)
    {
        // Responses from one locality usually come together: comparing with the last id is cheaper than
        // hashing it again, which counts at millions of responses.
        if (!string.Equals(id, _lastLocality, StringComparison.Ordinal))
        {
            _lastLocalityIndex = _localityIndex.TryGetValue(id, out var found) ? found : -1;
            _lastLocality = id;
        }

        locality = _lastLocalityIndex;
        return locality >= 0;
    }

    private void Add(
        int position,
        int questionPosition,
        int locality,
        SourceRef source,
        Rating rating,
        int[] overallSlot,
        int[] scopedSlot)
    {
        var evidence = _byPosition[questionPosition];
        if (evidence is null)
        {
            var question = Framework.Questions[questionPosition];
            evidence = new QuestionEvidence(question, NewTally(true), LocalityIds.Count);
            _questions.Add(question.Id, evidence);
            _byPosition[questionPosition] = evidence;
        }

        evidence.Overall.Note(source, rating);
        overallSlot[position] = evidence.Overall.Id;
        Tally scoped;
        if (locality < 0)
        {
            HasNationalEvidence = true;
            scoped = evidence.National ??= NewTally(false);
        }
        else
        {
            scoped = evidence.ByLocality[locality] ??= NewTally(false);
        }

        scoped.Note(source, rating);
        scopedSlot[position] = scoped.Id;
    }

    private Tally NewTally(bool overall)
    {
        var tally = new Tally(_tallies.Count, overall);
        _tallies.Add(tally);
        return tally;
    }
}
