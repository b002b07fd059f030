using System.Collections.Immutable;

namespace TipAssessment.Scoring;

/// <summary>
/// The score of one scored question in one scope: the aggregated level, its 0-100 normalised value and band,
/// who was heard, how far they agreed, and the ids of the responses behind it.
/// </summary>
/// <remarks>
/// A score exists for every scope in which the question has at least one response that counts; when none of
/// them is a level (all "unknown", "not applicable" or unrated) <see cref="Level"/> and the values derived
/// from it are <see langword="null"/> and the question shows as without evidence in coverage. Immutable and
/// safe to share between threads.
/// <para>
/// The two lists of response ids are copied out of the scoring's shared columns the first time each is read,
/// not when the score is made: at millions of responses most of them are never read, and copying them all up
/// front was the largest part of the garbage scoring left behind. A score therefore keeps those columns (an
/// id and a position per response of the assessment) reachable for as long as it lives.
/// </para>
/// </remarks>
public sealed class QuestionScore
{
    private ImmutableArray<string> _responses = ImmutableArray<string>.Empty;
    private ImmutableArray<string> _otherResponses = ImmutableArray<string>.Empty;
    private IdSlice _rated;
    private IdSlice _other;

    /// <summary>The question's id.</summary>
    public string Question { get; internal init; } = string.Empty;

    /// <summary>The evidence the score rests on.</summary>
    public ScoreScope Scope { get; internal init; } = ScoreScope.Overall;

    /// <summary>
    /// The aggregated level, between the scale's lowest and highest level; may be fractional (the median of
    /// an even count, or a mean); <see langword="null"/> when no response is a level.
    /// </summary>
    public double? Level { get; internal init; }

    /// <summary>
    /// The level on a 0-100 scale: (level - lowest) / (highest - lowest) x 100, so level / 4 x 100 on the
    /// standard 0-4 scale; <see langword="null"/> when no response is a level.
    /// </summary>
    public double? Normalised { get; internal init; }

    /// <summary>The id of the band the normalised value falls in; <see langword="null"/> without a
    /// level.</summary>
    public string? Band { get; internal init; }

    /// <summary>The number of responses rated at a level: the denominator of the aggregation.</summary>
    public int RatedCount { get; internal init; }

    /// <summary>Responses that said "unknown": outside the denominator, shown in coverage.</summary>
    public int UnknownCount { get; internal init; }

    /// <summary>Responses that said "not applicable": outside the denominator, shown in coverage.</summary>
    public int NotApplicableCount { get; internal init; }

    /// <summary>Responses with no rating (descriptive evidence, such as drivers only) on this scored
    /// question.</summary>
    public int UnratedCount { get; internal init; }

    /// <summary>The informant types behind the level (rated responses only), in framework order.</summary>
    public ImmutableArray<string> InformantTypes { get; internal init; } = ImmutableArray<string>.Empty;

    /// <summary>The framework's desk sources (such as <c>national-law</c>) behind the level, in framework
    /// order.</summary>
    public ImmutableArray<string> DeskSources { get; internal init; } = ImmutableArray<string>.Empty;

    /// <summary>How far the rated responses agree; <see langword="null"/> without a level.</summary>
    public Spread? Spread { get; internal init; }

    /// <summary>The ids of the rated responses behind the level, in ordinal order.</summary>
    public ImmutableArray<string> Responses
    {
        get => _responses.IsDefault ? CopyOut(ref _responses, _rated) : _responses;
        internal init => _responses = value;
    }

    /// <summary>The ids of the other responses that count here ("unknown", "not applicable", unrated), in
    /// ordinal order.</summary>
    public ImmutableArray<string> OtherResponses
    {
        get => _otherResponses.IsDefault ? CopyOut(ref _otherResponses, _other) : _otherResponses;
        internal init => _otherResponses = value;
    }

    /// <summary>The rated responses' ids, copied out when <see cref="Responses"/> is first read.</summary>
    internal IdSlice RatedIds
    {
        init
        {
            _rated = value;
            _responses = default;
        }
    }

    /// <summary>The other responses' ids, copied out when <see cref="OtherResponses"/> is first
    /// read.</summary>
    internal IdSlice OtherIds
    {
        init
        {
            _other = value;
            _otherResponses = default;
        }
    }

    /// <summary>Whether at least one response is a level.</summary>
    public bool HasLevel => Level.HasValue;

    // Two threads may both copy; the first copy stored wins and both return it: every reader sees one list.
    private static ImmutableArray<string> CopyOut(ref ImmutableArray<string> field, IdSlice slice)
    {
        ImmutableInterlocked.InterlockedInitialize(ref field, slice.ToImmutableArray());
        return field;
    }
}

/// <summary>How far the rated responses behind a score agree.</summary>
/// <param name="Min">The lowest level given.</param>
/// <param name="Max">The highest level given.</param>
/// <param name="StandardDeviation">The population standard deviation of the levels (unweighted), 0 for one
/// rating.</param>
public sealed record Spread(int Min, int Max, double StandardDeviation);
