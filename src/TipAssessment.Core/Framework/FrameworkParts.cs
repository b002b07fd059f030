using System.Collections.Immutable;

namespace TipAssessment.Framework;

/// <summary>
/// One level of the rating scale, such as 0 "absent" or 4 "fully functioning and sustained".
/// </summary>
/// <param name="Level">The level's number; higher is better. Levels are consecutive from 0.</param>
/// <param name="Id">A short stable id such as <c>absent</c>.</param>
/// <param name="Label">A short label for charts and tables.</param>
/// <param name="Descriptor">What an assessor must see to code a finding at this level.</param>
public sealed record RatingLevel(int Level, string Id, string Label, string Descriptor);

/// <summary>
/// A label and descriptor for one of the answers that are not a level (unknown, not applicable).
/// </summary>
/// <param name="Label">A short label.</param>
/// <param name="Descriptor">When an assessor should use it.</param>
public sealed record RatingMarker(string Label, string Descriptor);

/// <summary>
/// The rating scale. "Unknown" and "not applicable" are answers but never levels: they stay out of every
/// average and show up in coverage instead.
/// </summary>
public sealed record RatingScale
{
    /// <summary>The levels, lowest first, numbered consecutively from 0.</summary>
    public ImmutableArray<RatingLevel> Levels { get; init; } = ImmutableArray<RatingLevel>.Empty;

    /// <summary>How "unknown" is described to assessors.</summary>
    public required RatingMarker Unknown { get; init; }

    /// <summary>How "not applicable" is described to assessors.</summary>
    public required RatingMarker NotApplicable { get; init; }

    /// <summary>The lowest level (0 on a well-formed scale).</summary>
    public int MinLevel => Levels.IsDefaultOrEmpty ? 0 : Levels[0].Level;

    /// <summary>The highest level.</summary>
    public int MaxLevel => Levels.IsDefaultOrEmpty ? 0 : Levels[Levels.Length - 1].Level;

    /// <summary>Whether <paramref name="level"/> is one of the scale's levels.</summary>
    public bool Contains(int level) => level >= MinLevel && level <= MaxLevel && !Levels.IsDefaultOrEmpty;
}

/// <summary>A pillar: the legal framework, or one of the 4 Ps.</summary>
/// <param name="Id">Stable id such as <c>protection</c>.</param>
/// <param name="Title">Display title.</param>
/// <param name="Kind">Legal framework or one of the 4 Ps.</param>
public sealed record Pillar(string Id, string Title, PillarKind Kind);

/// <summary>A gap-analysis area: what a gap chart is drawn for.</summary>
public sealed record GapArea
{
    /// <summary>Stable id such as <c>protection</c> or <c>national-compliance</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The pillar whose questions feed this area.</summary>
    public required string Pillar { get; init; }

    /// <summary>Community-level implementation, or national compliance.</summary>
    public AreaMode Mode { get; init; }

    /// <summary>Display title.</summary>
    public required string Title { get; init; }

    /// <summary>The "area under consideration" sentence printed above the chart.</summary>
    public required string UnderConsideration { get; init; }
}

/// <summary>
/// A group of informant types whose views are compared in triangulation (for example state actors).
/// </summary>
/// <param name="Id">Stable id such as <c>state</c>.</param>
/// <param name="Title">Display title.</param>
/// <param name="Description">Who belongs and why the group's view is distinct.</param>
public sealed record PerspectiveGroup(string Id, string Title, string Description);

/// <summary>A subtype of informant, such as station police within law enforcement.</summary>
/// <param name="Id">Stable id, unique within its type.</param>
/// <param name="Title">Display title.</param>
public sealed record InformantSubtype(string Id, string Title);

/// <summary>A kind of key informant the framework says to interview.</summary>
public sealed record InformantType
{
    /// <summary>Stable id such as <c>law-enforcement</c>; the victims' type is <c>victim</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The letter the seed document lists it under (a to h), when it comes from the seed.</summary>
    public string? SeedLetter { get; init; }

    /// <summary>Display title.</summary>
    public required string Title { get; init; }

    /// <summary>Who counts as this type.</summary>
    public required string Description { get; init; }

    /// <summary>The perspective group this type's views are compared within.</summary>
    public required string PerspectiveGroup { get; init; }

    /// <summary>Subtypes the seed names; may be empty.</summary>
    public ImmutableArray<InformantSubtype> Subtypes { get; init; } = ImmutableArray<InformantSubtype>.Empty;
}

/// <summary>A desk source to review, such as the Palermo Protocol or the US TIP Report.</summary>
public sealed record DeskSource
{
    /// <summary>Stable id such as <c>palermo-protocol</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The letter the seed document lists it under (a to f), when it comes from the seed.</summary>
    public string? SeedLetter { get; init; }

    /// <summary>Display title.</summary>
    public required string Title { get; init; }

    /// <summary>What kind of material it is.</summary>
    public DeskSourceKind Kind { get; init; }

    /// <summary>What it is and what to look for in it.</summary>
    public required string Description { get; init; }
}

/// <summary>
/// An international or national standard that questions refer to, such as the Palermo Protocol.
/// </summary>
/// <param name="Id">Stable id such as <c>palermo-protocol</c>.</param>
/// <param name="Title">Full title.</param>
public sealed record Instrument(string Id, string Title);

/// <summary>A reference from a question to a provision of a standard.</summary>
/// <param name="Instrument">The id of the <see cref="Framework.Instrument"/>.</param>
/// <param name="Provision">The provision, such as <c>Art. 6(6)</c>.</param>
/// <param name="Note">What the provision requires, or a caveat (for example that a principle is not in the
/// treaty's text).</param>
public sealed record StandardReference(string Instrument, string Provision, string? Note = null);

/// <summary>What good looks like for a scored question, and the level below which a gap exists.</summary>
/// <param name="Statement">The desired state in words, as the gap chart's "desired state" column shows
/// it.</param>
/// <param name="TargetLevel">The target level on the rating scale; a score below it is a gap.</param>
public sealed record DesiredState(string Statement, int TargetLevel);

/// <summary>
/// A cause behind gaps, such as "no training or guidance"; responses code the drivers they evidence.
/// </summary>
public sealed record Driver
{
    /// <summary>Stable id such as <c>no-training-or-guidance</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display title.</summary>
    public required string Title { get; init; }

    /// <summary>What the driver means and how to recognise it.</summary>
    public required string Description { get; init; }

    /// <summary>Whether the seed's worked example chart shows this driver.</summary>
    public bool InSeedExample { get; init; }
}

/// <summary>A programme type in the solution catalogue, with the drivers it addresses.</summary>
public sealed record Solution
{
    /// <summary>Stable id such as <c>train-front-line-officers</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display title.</summary>
    public required string Title { get; init; }

    /// <summary>What the programme does.</summary>
    public required string Description { get; init; }

    /// <summary>The ids of the drivers it addresses; never empty in a valid framework.</summary>
    public ImmutableArray<string> Addresses { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>How long it takes to show results.</summary>
    public TimeHorizon Horizon { get; init; }

    /// <summary>The ids of the gap-analysis areas where it typically applies; empty means any.</summary>
    public ImmutableArray<string> Areas { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>
/// A link from a legal criterion (what the law provides) to the practice questions that test it.
/// </summary>
public sealed record Linkage
{
    /// <summary>Stable id such as <c>link.non-punishment</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The scored question that asks what the law or policy provides.</summary>
    public required string LegalQuestion { get; init; }

    /// <summary>The scored questions that test it in practice.</summary>
    public ImmutableArray<string> PracticeQuestions { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Why the practice questions test the legal criterion.</summary>
    public required string Rationale { get; init; }
}

/// <summary>
/// A rule that caps a band when a question's score is at or below a level: for example, evidence that
/// victims are punished for offences they were compelled to commit caps the pillar at "weak".
/// </summary>
public sealed record RedFlagRule
{
    /// <summary>Stable id such as <c>flag.victims-criminalised</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The scored question whose score triggers the rule.</summary>
    public required string Question { get; init; }

    /// <summary>The rule fires when the question's level is at or below this.</summary>
    public int AtOrBelowLevel { get; init; }

    /// <summary>The id of the highest band allowed while the rule fires.</summary>
    public required string CapsBand { get; init; }

    /// <summary>What the cap applies to: <c>pillar</c> or <c>assessment</c>.</summary>
    public string Scope { get; init; } = "pillar";

    /// <summary>Why the evidence justifies the cap; recorded with every cap applied.</summary>
    public required string Reason { get; init; }
}

/// <summary>What a tailored framework was derived from.</summary>
public sealed record FrameworkDerivation
{
    /// <summary>The id of the framework it was derived from.</summary>
    public required string FrameworkId { get; init; }

    /// <summary>The version of the framework it was derived from.</summary>
    public required string Version { get; init; }

    /// <summary>What the tailoring changed, one line each, in the order applied.</summary>
    public ImmutableArray<string> Changes { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>Text of a framework in one language other than its default.</summary>
public sealed record FrameworkTranslation
{
    /// <summary>Question text by question id.</summary>
    public ImmutableSortedDictionary<string, string> Questions { get; init; } =
        ImmutableSortedDictionary.Create<string, string>(System.StringComparer.Ordinal);

    /// <summary>Topic titles by topic id.</summary>
    public ImmutableSortedDictionary<string, string> Topics { get; init; } =
        ImmutableSortedDictionary.Create<string, string>(System.StringComparer.Ordinal);

    /// <summary>Section titles by section id.</summary>
    public ImmutableSortedDictionary<string, string> Sections { get; init; } =
        ImmutableSortedDictionary.Create<string, string>(System.StringComparer.Ordinal);
}
