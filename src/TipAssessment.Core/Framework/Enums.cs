namespace TipAssessment.Framework;

/// <summary>Where the answer to a question is found.</summary>
public enum ResearchMode
{
    /// <summary>Desk research: laws, policies, treaties and published reports.</summary>
    Desk = 0,

    /// <summary>Field work: interviews with key informants.</summary>
    Field = 1,

    /// <summary>Both: what the law or policy provides (desk) and what happens in practice (field).</summary>
    DeskAndField = 2,
}

/// <summary>Whether a question is rated on the rating scale.</summary>
public enum QuestionMeasure
{
    /// <summary>Rated on the rating scale; it has a desired state and can give rise to a gap.</summary>
    Scored = 0,

    /// <summary>
    /// Asked for context (what, how, why, who); it feeds the narrative and is never scored.
    /// </summary>
    Descriptive = 1,
}

/// <summary>Whether a title is the seed document's own or was named by the library's authors.</summary>
public enum TitleSource
{
    /// <summary>The title stands in the seed document.</summary>
    Seed = 0,

    /// <summary>
    /// The seed lost the title (it was a picture); it was named from the questions under it.
    /// </summary>
    Inferred = 1,
}

/// <summary>How long a programme takes to show results.</summary>
public enum TimeHorizon
{
    /// <summary>Months: training, guidance, awareness.</summary>
    Short = 0,

    /// <summary>One to three years: procedures, mechanisms, services.</summary>
    Medium = 1,

    /// <summary>Years: law reform, institutions, social norms.</summary>
    Long = 2,
}

/// <summary>The level a gap-analysis area works at.</summary>
public enum AreaMode
{
    /// <summary>Community-level implementation of national law and policy (the 4 Ps).</summary>
    Community = 0,

    /// <summary>National compliance with international standards.</summary>
    National = 1,
}

/// <summary>What a pillar stands for.</summary>
public enum PillarKind
{
    /// <summary>
    /// The legal framework: national law and policy measured against international standards.
    /// </summary>
    Legal = 0,

    /// <summary>One of the 4 Ps: protection, prosecution, prevention, partnerships.</summary>
    FourP = 1,
}

/// <summary>What kind of material a desk source is.</summary>
public enum DeskSourceKind
{
    /// <summary>The country's own laws, policies and regulations.</summary>
    National = 0,

    /// <summary>An international instrument or model text (a treaty, a model law).</summary>
    InternationalInstrument = 1,

    /// <summary>A published report.</summary>
    Report = 2,
}

/// <summary>
/// Whether a question belongs to the published framework or was added by a tailoring organisation.
/// </summary>
public enum QuestionOrigin
{
    /// <summary>A question of the published framework; its id is never reused.</summary>
    Standard = 0,

    /// <summary>
    /// A local question, with a namespaced id (<c>namespace:name</c>) that cannot collide with standard ids.
    /// </summary>
    Local = 1,
}
