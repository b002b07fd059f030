namespace TipAssessment.Scoring;

/// <summary>A response that counts towards nothing, and why.</summary>
/// <param name="Response">The response's id.</param>
/// <param name="Reason">One of the codes in <see cref="ExclusionReasons"/>.</param>
public sealed record ExcludedResponse(string Response, string Reason);

/// <summary>
/// Why a response is left out of every score, coverage count and gap row. Responses to descriptive questions
/// are not excluded: they feed the narrative and are simply never scored.
/// </summary>
public static class ExclusionReasons
{
    /// <summary>The informant did not give consent; such a response never counts.</summary>
    public const string NoConsent = "no-consent";

    /// <summary>A victim informant answered a question that is not safe for victims; the response is never
    /// used.</summary>
    public const string UnsafeForVictim = "unsafe-for-victim";

    /// <summary>The question is not in the framework.</summary>
    public const string UnknownQuestion = "unknown-question";

    /// <summary>The informant's code is not declared in the assessment, or names neither informant nor desk
    /// source.</summary>
    public const string UnknownInformant = "unknown-informant";

    /// <summary>The informant's type is not one of the framework's informant types.</summary>
    public const string UnknownInformantType = "unknown-informant-type";

    /// <summary>The desk source is not declared in the assessment, or is not one of the framework's desk
    /// sources.</summary>
    public const string UnknownDeskSource = "unknown-desk-source";

    /// <summary>The locality is not declared in the assessment.</summary>
    public const string UnknownLocality = "unknown-locality";

    /// <summary>The rating is a level outside the framework's rating scale.</summary>
    public const string OffScale = "off-scale";
}
