namespace TipAssessment.Assessments;

/// <summary>
/// The one do-no-harm rule on consent that scoring, redaction and import share: an informant's answers count,
/// and may be shared, only when consent is recorded as given.
/// </summary>
internal static class ConsentRules
{
    /// <summary>Whether the informant's consent is recorded as given.</summary>
    public static bool HasConsent(this Informant informant) => informant.Consent is { Given: true };
}
