namespace TipAssessment.Problems;

/// <summary>
/// Codes of the warnings <see cref="Rounds.RoundChecks"/> gives when two rounds look unfit to compare (the
/// <c>rounds</c> stage). Each points into the baseline document.
/// </summary>
public static partial class ProblemCodes
{
    /// <summary>The baseline names another country than the follow-up.</summary>
    public const string RoundsCountryDiffers = "rounds.country-differs";

    /// <summary>The baseline is coded against another framework, or another version of it.</summary>
    public const string RoundsFrameworkDiffers = "rounds.framework-differs";

    /// <summary>The baseline has the follow-up's id: most likely the same document given twice.</summary>
    public const string RoundsSameId = "rounds.same-id";

    /// <summary>The baseline's period ends after the follow-up's starts: the rounds overlap, or were given in
    /// the wrong order.</summary>
    public const string RoundsOutOfOrder = "rounds.out-of-order";
}
