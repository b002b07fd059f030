using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;

namespace TipAssessment.Scoring;

/// <summary>
/// How scores are computed: the aggregation of ratings, the roll-up weights, the triangulation threshold and
/// the rating bands. The defaults (<see cref="Default"/>) are the median, equal weights, a threshold of 1.5
/// levels and the bands critical (below 25), weak (below 50), developing (below 75) and strong.
/// </summary>
/// <remarks>
/// Immutable and safe to share between threads; derive variants with <c>with</c>. Weights absent from a
/// dictionary are 1. The engine calls <see cref="Validate"/> and throws for invalid options.
/// </remarks>
public sealed record ScoringOptions
{
    private static readonly ImmutableSortedDictionary<string, double> NoWeights =
        ImmutableSortedDictionary.Create<string, double>(StringComparer.Ordinal);

    /// <summary>The default bands on the 0-100 scale: critical, weak, developing (from 50) and strong (from
    /// 75).</summary>
    public static ImmutableArray<BandDefinition> DefaultBands { get; } = ImmutableArray.Create(
        new BandDefinition(WellKnownIds.Bands[0], "Critical", 0),
        new BandDefinition(WellKnownIds.Bands[1], "Weak", 25),
        new BandDefinition(WellKnownIds.Bands[2], "Developing", 50),
        new BandDefinition(WellKnownIds.Bands[3], "Strong", 75));

    /// <summary>The default options.</summary>
    /// <remarks>Declared after <see cref="DefaultBands"/>: static initialisers run in textual
    /// order.</remarks>
    public static ScoringOptions Default { get; } = new();

    /// <summary>How ratings are combined into a level; the median by default.</summary>
    public AggregationMethod Aggregation { get; init; } = AggregationMethod.Median;

    /// <summary>
    /// For <see cref="AggregationMethod.WeightedMean"/> only: the weight of a response by its informant type
    /// id (such as <c>victim</c>) or, for desk evidence, by the framework's desk source id (such as
    /// <c>us-tip-report</c>). Weights must be finite and greater than 0; an absent source weighs 1.
    /// </summary>
    public ImmutableSortedDictionary<string, double> SourceWeights { get; init; } = NoWeights;

    /// <summary>The weight of a question in its topic's roll-up, by question id; finite and at least 0; 1
    /// when absent.</summary>
    public ImmutableSortedDictionary<string, double> QuestionWeights { get; init; } = NoWeights;

    /// <summary>The weight of a topic in its section's roll-up, by topic id; finite and at least 0; 1 when
    /// absent.</summary>
    public ImmutableSortedDictionary<string, double> TopicWeights { get; init; } = NoWeights;

    /// <summary>The weight of a section in its pillar's roll-up, by section id; finite and at least 0; 1 when
    /// absent.</summary>
    public ImmutableSortedDictionary<string, double> SectionWeights { get; init; } = NoWeights;

    /// <summary>The weight of a pillar in the assessment's roll-up, by pillar id; finite and at least 0; 1
    /// when absent.</summary>
    public ImmutableSortedDictionary<string, double> PillarWeights { get; init; } = NoWeights;

    /// <summary>
    /// Perspective groups whose aggregated levels on a question differ by more than this many levels are
    /// flagged; finite and at least 0; 1.5 by default.
    /// </summary>
    public double TriangulationThreshold { get; init; } = 1.5;

    /// <summary>The bands, lowest first: the first starts at 0, minimums strictly increase and stay within
    /// 0-100, ids are unique.</summary>
    public ImmutableArray<BandDefinition> Bands { get; init; } = DefaultBands;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(typeof(AggregationMethod), Aggregation))
        {
            throw Invalid($"Aggregation {(int)Aggregation} is not an aggregation method.");
        }

        CheckWeights(SourceWeights, nameof(SourceWeights), strictlyPositive: true);
        CheckWeights(QuestionWeights, nameof(QuestionWeights), strictlyPositive: false);
        CheckWeights(TopicWeights, nameof(TopicWeights), strictlyPositive: false);
        CheckWeights(SectionWeights, nameof(SectionWeights), strictlyPositive: false);
        CheckWeights(PillarWeights, nameof(PillarWeights), strictlyPositive: false);
        var threshold = TriangulationThreshold;
        if (double.IsNaN(threshold) || double.IsInfinity(threshold) || threshold < 0)
        {
            throw Invalid("TriangulationThreshold must be a finite number of levels, 0 or more.");
        }

        CheckBands(Bands);
    }

    /// <summary>The weight of <paramref name="id"/> in <paramref name="weights"/>, 1 when absent.</summary>
    internal static double WeightOf(ImmutableSortedDictionary<string, double> weights, string id) =>
        weights.TryGetValue(id, out var weight) ? weight : 1.0;

    private static void CheckWeights(
        ImmutableSortedDictionary<string, double>? weights,
        string name,
        bool strictlyPositive)
    {
        if (weights is null)
        {
            throw Invalid($"{name} must not be null.");
        }

        foreach (var pair in weights)
        {
            var bad = double.IsNaN(pair.Value) || double.IsInfinity(pair.Value) || pair.Value < 0
                || (strictlyPositive && pair.Value == 0) || pair.Key.Length == 0;
            if (bad)
            {
                var rule = strictlyPositive ? "greater than 0" : "0 or more";
                throw Invalid(
                    $"{name}[\"{pair.Key}\"] is {pair.Value}; weights must be finite and {rule}, " +
                    "keys non-empty.");
            }
        }
    }

    private static void CheckBands(ImmutableArray<BandDefinition> bands)
    {
        if (bands.IsDefaultOrEmpty)
        {
            throw Invalid("Bands must hold at least one band.");
        }

        if (bands.Any(b => b is null || string.IsNullOrEmpty(b.Id) || b.Label is null))
        {
            throw Invalid("Every band needs an id and a label.");
        }

        if (bands[0].MinScore != 0)
        {
            throw Invalid($"The first band ({bands[0].Id}) must start at 0.");
        }

        for (var i = 1; i < bands.Length; i++)
        {
            if (!(bands[i].MinScore > bands[i - 1].MinScore) || bands[i].MinScore > 100)
            {
                throw Invalid($"Band {bands[i].Id} must start above {bands[i - 1].Id} and at most at 100.");
            }
        }

        if (bands.Select(b => b.Id).Distinct(StringComparer.Ordinal).Count() != bands.Length)
        {
            throw Invalid("Band ids must be unique.");
        }
    }

    private static ArgumentException Invalid(string message) => new(message, "options");
}
