using System.Collections.Immutable;

namespace TipAssessment.Framework;

/// <summary>
/// One distinct question of the framework. A question may be placed in more than one topic (the
/// cooperation-agreements question stands in both Protection and Partnerships); it is still one question.
/// </summary>
public sealed record Question
{
    /// <summary>
    /// Stable, human-readable id such as <c>prot.police-training</c>; never reused for another question.
    /// Local questions added by tailoring have ids of the form <c>namespace:name</c>.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>The question in the framework's default language.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// Where the seed's text was damaged and repaired, what was wrong; otherwise <see langword="null"/>.
    /// </summary>
    public string? RepairNote { get; init; }

    /// <summary>Standard or local.</summary>
    public QuestionOrigin Origin { get; init; }

    /// <summary>Desk, field, or both.</summary>
    public ResearchMode ResearchMode { get; init; }

    /// <summary>Why the mode differs from its section's, when it does.</summary>
    public string? ResearchModeReason { get; init; }

    /// <summary>Scored on the rating scale, or descriptive.</summary>
    public QuestionMeasure Measure { get; init; }

    /// <summary>Why judgement overrides the default rule for <see cref="Measure"/>, when it does.</summary>
    public string? MeasureReason { get; init; }

    /// <summary>The ids of the informant types that can answer it; empty for desk-only questions.</summary>
    public ImmutableArray<string> InformantTypes { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The ids of the desk sources that answer it.</summary>
    public ImmutableArray<string> DeskSources { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>
    /// Whether it may be put to a victim informant. Victims answer as experts on what they need and meet,
    /// never about the exploitation they suffered; a question that is not safe never lists victims.
    /// </summary>
    public bool VictimSafe { get; init; }

    /// <summary>How to put it to victims safely, or why it must not be.</summary>
    public string? VictimSafetyNote { get; init; }

    /// <summary>The provisions of standards it tests; may be empty.</summary>
    public ImmutableArray<StandardReference> Standards { get; init; } =
        ImmutableArray<StandardReference>.Empty;

    /// <summary>
    /// For scored questions, what good looks like and the target level; <see langword="null"/> for
    /// descriptive ones.
    /// </summary>
    public DesiredState? DesiredState { get; init; }

    /// <summary>
    /// The ids of drivers typically behind a gap on this question (a hint for analysts); may be empty.
    /// </summary>
    public ImmutableArray<string> Drivers { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Whether the question is scored.</summary>
    public bool IsScored => Measure == QuestionMeasure.Scored;
}

/// <summary>A topic of a section: a titled group of question placements in seed order.</summary>
public sealed record Topic
{
    /// <summary>Stable id such as <c>protection.institutional-process</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display title.</summary>
    public required string Title { get; init; }

    /// <summary>Whether the title is the seed's or was inferred because the seed lost it.</summary>
    public TitleSource TitleSource { get; init; }

    /// <summary>The ids of the questions placed here, in seed order.</summary>
    public ImmutableArray<string> Questions { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>A section of the assessment checklist (the legal framework, or one of the 4 Ps).</summary>
public sealed record Section
{
    /// <summary>Stable id such as <c>protection</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display title, such as "Victim identification and protection".</summary>
    public required string Title { get; init; }

    /// <summary>The pillar the section belongs to.</summary>
    public required string Pillar { get; init; }

    /// <summary>The section's default research mode; questions may differ, with a reason.</summary>
    public ResearchMode ResearchMode { get; init; }

    /// <summary>What the section's questions are for, as the seed introduces them.</summary>
    public required string Purpose { get; init; }

    /// <summary>The topics, in seed order; every section has at least one.</summary>
    public ImmutableArray<Topic> Topics { get; init; } = ImmutableArray<Topic>.Empty;
}

/// <summary>Where a question is placed: a section and a topic.</summary>
/// <param name="Section">The section.</param>
/// <param name="Topic">The topic within the section.</param>
/// <param name="Index">The 0-based position among all placements of the framework, in seed order.</param>
public sealed record Placement(Section Section, Topic Topic, int Index);
