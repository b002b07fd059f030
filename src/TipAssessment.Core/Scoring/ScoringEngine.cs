using System;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;

namespace TipAssessment.Scoring;

/// <summary>
/// Scores an assessment against its framework: question scores per locality, nationally and overall, roll-ups
/// with coverage, bands and caps, triangulation and law against practice.
/// </summary>
/// <remarks>
/// <para>A response counts when its informant gave consent, its source and locality are declared, its
/// question is in the framework, and (for a victim informant) the question is safe for victims. Others are
/// listed in <see cref="ScoringResult.Excluded"/> with the reason. Only scored questions are scored;
/// "unknown" and "not applicable" stay out of the denominator and show in coverage.</para>
/// <para>Scopes: a locality's scores use that locality's responses only; responses without a locality
/// (national-level evidence, such as a desk review of the law) form the national scope; the overall scope
/// uses everything. Linkages and the national-compliance area use the national score where there is
/// one.</para>
/// <para>Cost grows linearly with the number of responses: they are grouped once, in one pass. Thread-safe:
/// the engine holds no state.</para>
/// </remarks>
public static class ScoringEngine
{
    /// <summary>Scores an assessment.</summary>
    /// <param name="framework">The framework the assessment is coded against.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="options">The options; <see cref="ScoringOptions.Default"/> when null.</param>
    /// <returns>The scores; problems in the data are warnings in
    /// <see cref="ScoringResult.Problems"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> or <paramref name="assessment"/>
    /// is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, the framework's rating scale has
    /// fewer than two levels (nothing can be normalised), or <paramref name="assessment"/> is malformed: an
    /// array member is a default <see cref="System.Collections.Immutable.ImmutableArray{T}"/>, or an
    /// element or a required member is null (the message names it).</exception>
    public static ScoringResult Score(
        AssessmentFramework framework,
        Assessment assessment,
        ScoringOptions? options = null)
    {
        Guard.NotNull(framework, nameof(framework));
        Guard.NotNull(assessment, nameof(assessment));
        ModelGuard.Check(assessment, nameof(assessment));
        return ScoreChecked(framework, assessment, options);
    }

    // Score without the model guard, for callers that ran it already.
    internal static ScoringResult ScoreChecked(
        AssessmentFramework framework,
        Assessment assessment,
        ScoringOptions? options)
    {
        options ??= ScoringOptions.Default;
        options.Validate();
        var levels = framework.RatingScale?.Levels ?? default;
        if (levels.IsDefault || levels.Length < 2)
        {
            throw new ArgumentException(
                "The framework's rating scale needs at least two levels.", nameof(framework));
        }

        var groupsByKey = options.Aggregation == AggregationMethod.WeightedMean;
        var context = new ScoringContext(EvidenceIndex.Build(framework, assessment, groupsByKey), options);
        var scores = QuestionScorer.ScoreAll(context);
        var rollUps = new RollUpBuilder(context);
        return new ScoringResult(context)
        {
            Scores = scores,
            RollUps = context.Scopes.Select(rollUps.Build).ToImmutableArray(),
            Triangulation = Triangulator.FindAll(context),
            ImplementationGaps = ImplementationGapFinder.FindAll(context),
            Excluded = context.Index.Excluded,
            Problems = Mismatch(framework, assessment).AddRange(rollUps.Problems),
        };
    }

    private static ImmutableArray<Problem> Mismatch(AssessmentFramework framework, Assessment assessment)
    {
        var named = assessment.Framework;
        if (named is not null
            && string.Equals(named.Id, framework.Id, StringComparison.Ordinal)
            && string.Equals(named.Version, framework.Version, StringComparison.Ordinal))
        {
            return ImmutableArray<Problem>.Empty;
        }

        return ImmutableArray.Create(Problem.Warning(
            ProblemCodes.FrameworkMismatch,
            "/framework",
            $"The assessment names framework {named?.Id} {named?.Version}, but it was scored against " +
            $"{framework.Id} {framework.Version}; ids the two do not share count towards nothing."));
    }
}
