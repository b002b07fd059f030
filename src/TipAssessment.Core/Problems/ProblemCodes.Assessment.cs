namespace TipAssessment.Problems;

/// <summary>Codes for the meaning of assessment documents, checked against the framework they name.</summary>
public static partial class ProblemCodes
{
    /// <summary>
    /// The document names another framework (id or version) than the one it was checked against.
    /// </summary>
    public const string FrameworkMismatch = "rule.framework-mismatch";

    /// <summary>
    /// Two items of one collection (responses, informants, localities, desk sources, findings) share an id.
    /// </summary>
    public const string DuplicateId = "rule.duplicate-id";

    /// <summary>A response or finding names a question the framework does not have.</summary>
    public const string UnknownQuestion = "ref.unknown-question";

    /// <summary>A finding names a topic the framework does not have.</summary>
    public const string UnknownTopic = "ref.unknown-topic";

    /// <summary>A response names an informant code the document does not define.</summary>
    public const string UnknownInformant = "ref.unknown-informant";

    /// <summary>An informant, response or finding names a locality the document does not define.</summary>
    public const string UnknownLocality = "ref.unknown-locality";

    /// <summary>
    /// A response names a consulted desk source the document does not define, or a consulted desk source
    /// names a source the framework does not have.
    /// </summary>
    public const string UnknownDeskSource = "ref.unknown-desk-source";

    /// <summary>A finding names a response id the document does not define.</summary>
    public const string UnknownResponse = "ref.unknown-response";

    /// <summary>An informant's type is not one of the framework's informant types.</summary>
    public const string UnknownInformantType = "ref.unknown-informant-type";

    /// <summary>An informant's subtype is not one of its type's subtypes in the framework.</summary>
    public const string UnknownInformantSubtype = "ref.unknown-informant-subtype";

    /// <summary>A response codes a driver the framework's driver taxonomy does not have.</summary>
    public const string UnknownDriver = "ref.unknown-driver";

    /// <summary>
    /// A response proposes a catalogue solution code the framework's catalogue does not have.
    /// </summary>
    public const string UnknownSolution = "ref.unknown-solution";

    /// <summary>
    /// A rating level lies outside the framework's rating scale (or is not a whole number in range).
    /// </summary>
    public const string RatingOffScale = "rule.rating-off-scale";

    /// <summary>A descriptive question (never scored) carries a rating level.</summary>
    public const string RatingOnDescriptiveQuestion = "rule.rating-on-descriptive";

    /// <summary>
    /// A victim informant is recorded against a question that is not safe to put to victims.
    /// </summary>
    public const string UnsafeForVictim = "rule.unsafe-for-victim";

    /// <summary>
    /// A warning: the response comes from an informant whose consent is not recorded as given. The model is
    /// still returned; the scoring engine never counts such a response and lists it as excluded.
    /// </summary>
    public const string NoConsent = "rule.no-consent";

    /// <summary>
    /// A warning: the response was collected before its informant's consent was recorded (the dates leave
    /// no doubt: a response collected in a month or year that includes the consent's date is not reported).
    /// Consent comes before the interview; one of the two dates is probably wrong.
    /// </summary>
    public const string CollectedBeforeConsent = "rule.collected-before-consent";

    /// <summary>A warning: the same informant answers the same question twice in the same locality.</summary>
    public const string DuplicateAnswer = "rule.duplicate-answer";

    /// <summary>
    /// A warning: the framework does not list the informant's type among those to ask the question.
    /// </summary>
    public const string InformantTypeNotListed = "rule.informant-type-not-listed";

    /// <summary>
    /// A warning: the framework does not list the consulted source among those that answer the question.
    /// </summary>
    public const string DeskSourceNotListed = "rule.desk-source-not-listed";

    /// <summary>
    /// A date has the right form but is not a real calendar date (such as <c>2025-02-30</c>).
    /// </summary>
    public const string InvalidDate = "rule.invalid-date";

    /// <summary>The period ends before it starts.</summary>
    public const string PeriodReversed = "rule.period-reversed";

    /// <summary>
    /// A warning: the country code has the right form but is not an assigned ISO 3166-1 alpha-2 code.
    /// </summary>
    public const string UnknownCountry = "rule.unknown-country";
}
