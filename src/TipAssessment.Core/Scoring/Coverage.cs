using System.Collections.Immutable;

namespace TipAssessment.Scoring;

/// <summary>
/// How much of a part of the framework the evidence covers in one scope: the share of scored questions with a
/// level, the answers that were not levels, and the informant types heard against those the framework says to
/// ask.
/// </summary>
/// <remarks>
/// Counts are of distinct questions: a question placed twice (in Protection and Partnerships) counts once in
/// the assessment's coverage. Immutable and safe to share between threads.
/// </remarks>
public sealed class Coverage
{
    /// <summary>The number of distinct scored questions in this part.</summary>
    public int ScoredQuestions { get; internal init; }

    /// <summary>How many of them have a level in this scope.</summary>
    public int WithEvidence { get; internal init; }

    /// <summary>WithEvidence / ScoredQuestions x 100 (0-100); 0 when the part has no scored
    /// question.</summary>
    public double Percent { get; internal init; }

    /// <summary>Responses that said "unknown" on these questions in this scope.</summary>
    public int UnknownResponses { get; internal init; }

    /// <summary>Responses that said "not applicable" on these questions in this scope.</summary>
    public int NotApplicableResponses { get; internal init; }

    /// <summary>The scored questions without a level in this scope, in framework order.</summary>
    public ImmutableArray<string> WithoutEvidence { get; internal init; } = ImmutableArray<string>.Empty;

    /// <summary>The informant types the framework lists for these questions, in framework order.</summary>
    public ImmutableArray<string> InformantTypesExpected { get; internal init; } =
        ImmutableArray<string>.Empty;

    /// <summary>
    /// The informant types that gave a response that counts (any answer, a level or not) to these questions
    /// in this scope, in framework order.
    /// </summary>
    public ImmutableArray<string> InformantTypesHeard { get; internal init; } = ImmutableArray<string>.Empty;

    /// <summary>Expected types not heard, in framework order: whom the assessment still has to ask.</summary>
    public ImmutableArray<string> InformantTypesMissing { get; internal init; } =
        ImmutableArray<string>.Empty;
}
