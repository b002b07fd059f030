using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;

namespace TipAssessment.Scoring;

/// <summary>
/// Everything the scoring engine computed from one assessment: question scores per scope, roll-ups with
/// coverage, bands and caps, triangulation flags, implementation gaps, and the responses left out and why.
/// </summary>
/// <remarks>
/// Every collection is in a deterministic order that does not depend on the order of the responses. Immutable
/// and safe to share between threads.
/// </remarks>
public sealed class ScoringResult
{
    private readonly ScoringContext _context;

    internal ScoringResult(ScoringContext context) => _context = context;

    /// <summary>The framework scored against.</summary>
    public AssessmentFramework Framework => _context.Framework;

    /// <summary>The assessment scored.</summary>
    public Assessment Assessment => _context.Index.Assessment;

    /// <summary>The options in force (weights, aggregation, threshold, bands).</summary>
    public ScoringOptions Options => _context.Options;

    /// <summary>The scopes scored: overall, national (only when there is national-level evidence), then each
    /// declared locality.</summary>
    public ImmutableArray<ScoreScope> Scopes => _context.Scopes;

    /// <summary>Every question score, in framework question order, then scope order.</summary>
    public ImmutableArray<QuestionScore> Scores { get; internal init; } = ImmutableArray<QuestionScore>.Empty;

    /// <summary>One roll-up per scope, in <see cref="Scopes"/> order.</summary>
    public ImmutableArray<RollUp> RollUps { get; internal init; } = ImmutableArray<RollUp>.Empty;

    /// <summary>Flags where perspective groups disagree beyond the threshold, widest disagreement
    /// first.</summary>
    public ImmutableArray<TriangulationFlag> Triangulation { get; internal init; } =
        ImmutableArray<TriangulationFlag>.Empty;

    /// <summary>Law against practice per linkage and locality, largest gap first (ties by linkage id, then
    /// locality id).</summary>
    public ImmutableArray<ImplementationGap> ImplementationGaps { get; internal init; } =
        ImmutableArray<ImplementationGap>.Empty;

    /// <summary>Responses that count towards nothing, each with its reason, in ordinal order of response
    /// id.</summary>
    public ImmutableArray<ExcludedResponse> Excluded { get; internal init; } =
        ImmutableArray<ExcludedResponse>.Empty;

    /// <summary>Warnings about the data or options (never errors: scoring always completes).</summary>
    public ImmutableArray<Problem> Problems { get; internal init; } = ImmutableArray<Problem>.Empty;

    internal ScoringContext Context => _context;

    /// <summary>The score of a question in a scope.</summary>
    /// <returns>The score, or <see langword="null"/> when no response on it counts in that scope.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public QuestionScore? FindScore(string questionId, ScoreScope scope) =>
        _context.Score(Guard.NotNull(questionId, nameof(questionId)), Guard.NotNull(scope, nameof(scope)));

    /// <summary>The roll-up of a scope.</summary>
    /// <returns>The roll-up, or <see langword="null"/> when the scope was not scored.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public RollUp? FindRollUp(ScoreScope scope)
    {
        Guard.NotNull(scope, nameof(scope));
        return RollUps.FirstOrDefault(r => r.Scope.Equals(scope));
    }
}
