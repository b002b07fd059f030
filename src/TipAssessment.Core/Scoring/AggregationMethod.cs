namespace TipAssessment.Scoring;

/// <summary>How the ratings of the responses behind one score are combined into a level.</summary>
public enum AggregationMethod
{
    /// <summary>
    /// The median level (the default): robust to one outlying informant. With an even number of ratings it is
    /// the mean of the two middle levels, so it may be fractional (2 and 3 give 2.5).
    /// </summary>
    Median = 0,

    /// <summary>The arithmetic mean of the levels.</summary>
    Mean = 1,

    /// <summary>
    /// The mean of the levels weighted by source: each response weighs what
    /// <see cref="ScoringOptions.SourceWeights"/> gives its informant type (or desk source), 1 when not
    /// listed.
    /// </summary>
    WeightedMean = 2,
}
