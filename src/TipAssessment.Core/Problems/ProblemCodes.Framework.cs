namespace TipAssessment.Problems;

/// <summary>
/// The codes of problems found in framework documents and in tailoring. The framework validator also uses
/// codes shared with assessments: <see cref="DuplicateId"/>, <see cref="UnknownQuestion"/>,
/// <see cref="UnknownTopic"/>, <see cref="UnknownInformantType"/>, <see cref="UnknownDeskSource"/> and
/// <see cref="UnknownDriver"/>.
/// </summary>
public static partial class ProblemCodes
{
    /// <summary>A standard reference names an instrument the framework does not have.</summary>
    public const string UnknownInstrument = "ref.unknown-instrument";

    /// <summary>A section or area names a pillar the framework does not have.</summary>
    public const string UnknownPillar = "ref.unknown-pillar";

    /// <summary>A solution names a gap-analysis area the framework does not have.</summary>
    public const string UnknownArea = "ref.unknown-area";

    /// <summary>An informant type names a perspective group the framework does not have.</summary>
    public const string UnknownPerspectiveGroup = "ref.unknown-perspective-group";

    /// <summary>A translation or a tailoring step names a section the framework does not have.</summary>
    public const string UnknownSection = "ref.unknown-section";

    /// <summary>
    /// The rating scale's levels are not numbered 0, 1, 2... in order, or the scale is empty.
    /// </summary>
    public const string RatingLevelsNotConsecutive = "rule.rating-levels-not-consecutive";

    /// <summary>A scored question has no desired state.</summary>
    public const string MissingDesiredState = "rule.missing-desired-state";

    /// <summary>A descriptive question has a desired state; descriptive questions are never scored.</summary>
    public const string UnexpectedDesiredState = "rule.unexpected-desired-state";

    /// <summary>
    /// A level (a desired state's target, a red flag's threshold) is not on the rating scale.
    /// </summary>
    public const string LevelOffScale = "rule.level-off-scale";

    /// <summary>
    /// A question marked unsafe for victims lists the victims' informant type among whom to ask.
    /// </summary>
    public const string UnsafeQuestionAimedAtVictims = "rule.unsafe-question-aimed-at-victims";

    /// <summary>A question is placed in no topic.</summary>
    public const string UnplacedQuestion = "rule.unplaced-question";

    /// <summary>A question is placed twice in the same topic.</summary>
    public const string DuplicatePlacement = "rule.duplicate-placement";

    /// <summary>A section has no topics, a topic no questions, or the framework no sections.</summary>
    public const string EmptyContainer = "rule.empty";

    /// <summary>A local question's id is not <c>namespace:name</c>, or a standard question's id is.</summary>
    public const string IdNamespace = "rule.id-namespace";

    /// <summary>
    /// A linkage or red flag rests on a descriptive question; only scored questions can be compared.
    /// </summary>
    public const string QuestionNotScored = "rule.question-not-scored";

    /// <summary>A red flag caps a band the scoring engine does not have, or has an unknown scope.</summary>
    public const string UnknownBand = "rule.unknown-band";

    /// <summary>A solution addresses no driver, or a linkage has no practice question.</summary>
    public const string NothingLinked = "rule.nothing-linked";

    /// <summary>
    /// A translation is given for the framework's default language, whose text is on the elements.
    /// </summary>
    public const string TranslationOfDefaultLanguage = "rule.translation-of-default-language";

    /// <summary>
    /// A tailoring step is invalid: a malformed namespace or name, or a local id that is taken.
    /// </summary>
    public const string InvalidTailoring = "tailoring.invalid";
}
