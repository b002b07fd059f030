using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TipAssessment.Framework;

namespace TipAssessment.Scoring;

/// <summary>What every step of scoring shares: the evidence, the options and the question scores so
/// far.</summary>
internal sealed class ScoringContext
{
    private readonly Dictionary<ScoreKey, QuestionScore> _scores;
    private readonly Dictionary<string, int> _bandIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, (ImmutableArray<string>, ImmutableArray<string>)> _rated = new();

    public ScoringContext(EvidenceIndex index, ScoringOptions options)
    {
        Index = index;
        Options = options;
        _scores = new Dictionary<ScoreKey, QuestionScore>(index.TallyCount);
        KeyWeights = index.Keys.Weights(options);
        for (var b = 0; b < options.Bands.Length; b++)
        {
            _bandIndex[options.Bands[b].Id] = b;
        }

        var scopes = ImmutableArray.CreateBuilder<ScoreScope>();
        scopes.Add(ScoreScope.Overall);
        if (index.HasNationalEvidence)
        {
            scopes.Add(ScoreScope.National);
        }

        foreach (var locality in index.LocalityIds)
        {
            scopes.Add(ScoreScope.ForLocality(locality));
        }

        Scopes = scopes.ToImmutable();
    }

    public EvidenceIndex Index { get; }

    public AssessmentFramework Framework => Index.Framework;

    public ScoringOptions Options { get; }

    public double[] KeyWeights { get; }

    /// <summary>Overall, national (when there is national evidence), then each declared locality.</summary>
    public ImmutableArray<ScoreScope> Scopes { get; }

    public void Add(QuestionScore score) => _scores[new ScoreKey(score.Question, score.Scope)] = score;

    public QuestionScore? Score(string questionId, ScoreScope scope) =>
        _scores.TryGetValue(new ScoreKey(questionId, scope), out var score) ? score : null;

    public IReadOnlyDictionary<ScoreKey, QuestionScore> Scores => _scores;

    /// <summary>
    /// The informant types and the desk sources with a rating in the counts, in framework order. The same few
    /// sets recur in thousands of scores, so each set's lists are made once and shared.
    /// </summary>
    public (ImmutableArray<string> Types, ImmutableArray<string> Desk) SourcesRated(LevelCounts counts)
    {
        var keys = Index.Keys;
        if (keys.Count > 64)
        {
            return Lists(counts, keys);
        }

        var mask = 0UL;
        for (var k = 0; k < keys.Count; k++)
        {
            mask |= counts.HasKey(k) ? 1UL << k : 0;
        }

        if (!_rated.TryGetValue(mask, out var lists))
        {
            lists = Lists(counts, keys);
            _rated.Add(mask, lists);
        }

        return lists;
    }

    /// <summary>The level for an offset on the scale.</summary>
    public double LevelOf(double offset) => Index.MinLevel + offset;

    /// <summary>The 0-100 value of a level offset.</summary>
    public double Normalise(double offset) => offset * 100.0 / (Index.LevelCount - 1);

    /// <summary>The band a normalised value falls in: the last band whose minimum it reaches.</summary>
    public string BandOf(double normalised)
    {
        var bands = Options.Bands;
        var found = 0;
        for (var b = 1; b < bands.Length; b++)
        {
            if (normalised >= bands[b].MinScore)
            {
                found = b;
            }
        }

        return bands[found].Id;
    }

    /// <summary>The band's position (lowest first), or -1 when the options define no such band.</summary>
    public int BandIndex(string bandId) => _bandIndex.TryGetValue(bandId, out var index) ? index : -1;

    private static (ImmutableArray<string>, ImmutableArray<string>) Lists(LevelCounts counts, SourceKeys keys)
    {
        var types = ImmutableArray.CreateBuilder<string>();
        var desk = ImmutableArray.CreateBuilder<string>();
        for (var k = 0; k < keys.Count; k++)
        {
            if (counts.HasKey(k))
            {
                (k < keys.InformantTypeCount ? types : desk).Add(keys.Ids[k]);
            }
        }

        return (types.ToImmutable(), desk.ToImmutable());
    }

    /// <summary>The position of a scope in <see cref="Scopes"/> order, for stable sorting.</summary>
    public int ScopeOrder(ScoreScope scope) => scope.Kind switch
    {
        ScopeKind.Overall => 0,
        ScopeKind.National => 1,
        _ => 2 + Index.LocalityIndex(scope.Locality!),
    };
}

/// <summary>A question and scope, as a dictionary key.</summary>
internal readonly struct ScoreKey : IEquatable<ScoreKey>
{
    public ScoreKey(string question, ScoreScope scope)
    {
        Question = question;
        Scope = scope;
    }

    public string Question { get; }

    public ScoreScope Scope { get; }

    public bool Equals(ScoreKey other) =>
        string.Equals(Question, other.Question, StringComparison.Ordinal) && Scope.Equals(other.Scope);

    public override bool Equals(object? obj) => obj is ScoreKey other && Equals(other);

    public override int GetHashCode() =>
        (StringComparer.Ordinal.GetHashCode(Question) * 31) ^ Scope.GetHashCode();
}
