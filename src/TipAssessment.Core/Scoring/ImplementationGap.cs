using System.Collections.Immutable;

namespace TipAssessment.Scoring;

/// <summary>
/// Law against practice in one locality, for one linkage of the framework: what the law provides (the legal
/// question's national score) minus what happens (the mean of the practice questions' scores in the
/// locality), in normalised points.
/// </summary>
/// <remarks>
/// Positive when practice lags behind the law; negative when practice is ahead of it. A linkage yields a row
/// for a locality only when both sides have a level. Immutable and safe to share between threads.
/// </remarks>
public sealed class ImplementationGap
{
    /// <summary>The linkage's id, such as <c>link.non-punishment</c>.</summary>
    public string Linkage { get; internal init; } = string.Empty;

    /// <summary>The legal question's id.</summary>
    public string LegalQuestion { get; internal init; } = string.Empty;

    /// <summary>
    /// The evidence the legal side rests on: <see cref="ScoreScope.National"/> when there is national-level
    /// evidence with a level, otherwise <see cref="ScoreScope.Overall"/>.
    /// </summary>
    public ScoreScope LegalScope { get; internal init; } = ScoreScope.National;

    /// <summary>The legal question's normalised score (0-100) in <see cref="LegalScope"/>.</summary>
    public double Legal { get; internal init; }

    /// <summary>The locality the practice side is about.</summary>
    public string Locality { get; internal init; } = string.Empty;

    /// <summary>The unweighted mean of the practice questions' normalised scores in the locality
    /// (0-100).</summary>
    public double Practice { get; internal init; }

    /// <summary>The practice questions with a level in the locality, in linkage order.</summary>
    public ImmutableArray<PracticeScore> PracticeQuestions { get; internal init; } =
        ImmutableArray<PracticeScore>.Empty;

    /// <summary><see cref="Legal"/> minus <see cref="Practice"/>, in normalised points (-100 to
    /// 100).</summary>
    public double Gap { get; internal init; }
}

/// <summary>One practice question's score in an implementation gap.</summary>
/// <param name="Question">The question's id.</param>
/// <param name="Normalised">Its normalised score in the locality (0-100).</param>
public sealed record PracticeScore(string Question, double Normalised);
