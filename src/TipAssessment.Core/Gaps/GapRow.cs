using System.Collections.Immutable;
using TipAssessment.Framework;

namespace TipAssessment.Gaps;

/// <summary>
/// One row of the gap-analysis chart: where the evidence falls short of the desired state, why, and what
/// could close it. Its first five members follow the user's chart: current state, desired state, gap,
/// drivers, solutions.
/// </summary>
/// <remarks>
/// <para>A row exists exactly where a scored question's level in a charted scope is below its target level.
/// Community-level areas compare each charted locality's score (the overall score when the assessment
/// declares no locality); the national-compliance area compares the national score (the overall score when
/// there is no national evidence with a level).</para>
/// <para>Priority = 100 x <see cref="Severity"/> x (1 + <see cref="GapBreadth.Value"/>) / 2, from 0 to 100.
/// Immutable and safe to share between threads.</para>
/// </remarks>
public sealed class GapRow
{
    /// <summary>The current state: the assessor's finding where one exists, else the level's descriptor and
    /// the evidence count.</summary>
    public GapCurrentState CurrentState { get; internal init; } = new();

    /// <summary>The desired state, from the framework.</summary>
    public GapDesiredState DesiredState { get; internal init; } = new();

    /// <summary>What separates the two, in words and in levels.</summary>
    public GapDistance Gap { get; internal init; } = new();

    /// <summary>The coded drivers cited in the row's evidence, ranked (most distinct sources, then
    /// localities, then id).</summary>
    public ImmutableArray<RankedDriver> Drivers { get; internal init; } = ImmutableArray<RankedDriver>.Empty;

    /// <summary>
    /// Catalogue solutions addressing the leading drivers, and those informants proposed by code, ranked by
    /// support plus proposals (see <see cref="RankedSolution"/>).
    /// </summary>
    public ImmutableArray<RankedSolution> Solutions { get; internal init; } =
        ImmutableArray<RankedSolution>.Empty;

    /// <summary>A stable id: the area's id, a slash, and the topic's id (or the question's, when grouping by
    /// question).</summary>
    public string Id { get; internal init; } = string.Empty;

    /// <summary>The 1-based rank by priority in the chart.</summary>
    public int Rank { get; internal set; }

    /// <summary>The gap-analysis area's id (one of the 4 Ps, or <c>national-compliance</c>).</summary>
    public string Area { get; internal init; } = string.Empty;

    /// <summary>Whether the area works at community level or national compliance.</summary>
    public AreaMode Mode { get; internal init; }

    /// <summary>The topic's id when grouping by topic; otherwise <see langword="null"/>.</summary>
    public string? Topic { get; internal init; }

    /// <summary>The localities where a member question falls short, in assessment order; empty for national
    /// evidence.</summary>
    public ImmutableArray<string> Localities { get; internal init; } = ImmutableArray<string>.Empty;

    /// <summary>The questions that fall short, in framework placement order, each with its
    /// shortfalls.</summary>
    public ImmutableArray<GapQuestion> Questions { get; internal init; } = ImmutableArray<GapQuestion>.Empty;

    /// <summary>The mean over the row's shortfalls of (target - level) / target: 0 (none) to 1 (at the lowest
    /// level everywhere).</summary>
    public double Severity { get; internal init; }

    /// <summary>How widely the shortfall reaches: localities and informant types.</summary>
    public GapBreadth Breadth { get; internal init; } = new();

    /// <summary>100 x severity x (1 + breadth) / 2, from 0 to 100.</summary>
    public double Priority { get; internal init; }

    /// <summary>The ids of the responses behind the row's scores (rated or not), in ordinal order.</summary>
    public ImmutableArray<string> Evidence { get; internal init; } = ImmutableArray<string>.Empty;

    /// <summary>Free-text solution proposals; empty unless <see cref="GapOptions.IncludeNotes"/>.</summary>
    public ImmutableArray<ResponseText> ProposedText { get; internal init; } =
        ImmutableArray<ResponseText>.Empty;

    /// <summary>The evidence's response notes; empty unless <see cref="GapOptions.IncludeNotes"/>.</summary>
    public ImmutableArray<ResponseText> Notes { get; internal init; } = ImmutableArray<ResponseText>.Empty;
}

/// <summary>Where the current state of a gap row comes from.</summary>
public enum CurrentStateSource
{
    /// <summary>The assessor's own findings on the row's questions or topic.</summary>
    Finding = 0,

    /// <summary>The rating level's descriptor, with the count of the evidence behind it.</summary>
    Descriptor = 1,
}

/// <summary>The current state of a gap row.</summary>
public sealed class GapCurrentState
{
    /// <summary>The statement: the findings' texts, or the level's label and descriptor with the evidence
    /// count.</summary>
    public string Text { get; internal init; } = string.Empty;

    /// <summary>Whether <see cref="Text"/> is the assessor's finding or the level's descriptor.</summary>
    public CurrentStateSource Source { get; internal init; }

    /// <summary>The ids of the findings used, in document order; empty for a descriptor.</summary>
    public ImmutableArray<string> Findings { get; internal init; } = ImmutableArray<string>.Empty;

    /// <summary>The mean level over the row's shortfalls.</summary>
    public double Level { get; internal init; }

    /// <summary>The number of rated responses behind the row's shortfalls.</summary>
    public int RatedResponses { get; internal init; }
}

/// <summary>The desired state of a gap row.</summary>
public sealed class GapDesiredState
{
    /// <summary>The member questions' desired-state statements from the framework, distinct, in question
    /// order.</summary>
    public string Text { get; internal init; } = string.Empty;

    /// <summary>The highest target level among the member questions.</summary>
    public int TargetLevel { get; internal init; }
}

/// <summary>What separates the current from the desired state.</summary>
public sealed class GapDistance
{
    /// <summary>The gap in words: how far short, on how many questions, where.</summary>
    public string Text { get; internal init; } = string.Empty;

    /// <summary>The mean distance over the row's shortfalls, in levels (target minus level; above
    /// 0).</summary>
    public double Levels { get; internal init; }

    /// <summary>The largest distance of any shortfall, in levels.</summary>
    public double MaxLevels { get; internal init; }
}

/// <summary>A driver cited in a row's evidence.</summary>
public sealed class RankedDriver
{
    /// <summary>The driver's id.</summary>
    public string Driver { get; internal init; } = string.Empty;

    /// <summary>The driver's title from the framework.</summary>
    public string Title { get; internal init; } = string.Empty;

    /// <summary>The 1-based rank in the row.</summary>
    public int Rank { get; internal set; }

    /// <summary>The number of distinct informants and desk sources citing it.</summary>
    public int Sources { get; internal init; }

    /// <summary>The number of distinct localities where it was cited.</summary>
    public int Localities { get; internal init; }

    /// <summary>Whether it is among the row's leading drivers
    /// (<see cref="GapOptions.LeadingDrivers"/>).</summary>
    public bool Leading { get; internal init; }

    /// <summary>The ids of the responses citing it, in ordinal order.</summary>
    public ImmutableArray<string> Responses { get; internal init; } = ImmutableArray<string>.Empty;
}

/// <summary>Why a solution is proposed for a row.</summary>
public enum SolutionBasis
{
    /// <summary>The catalogue maps it to a leading driver of the row.</summary>
    Drivers = 0,

    /// <summary>Informants proposed it (by catalogue code).</summary>
    Proposed = 1,

    /// <summary>Both.</summary>
    DriversAndProposed = 2,
}

/// <summary>A catalogue solution proposed for a row.</summary>
/// <remarks>
/// Ranked by <see cref="Support"/> + <see cref="ProposedBy"/> (each citation of a driver it addresses and
/// each proposal of it counts one), then by <see cref="ProposedBy"/>, then shorter horizons first, then id.
/// </remarks>
public sealed class RankedSolution
{
    /// <summary>The solution's id in the catalogue.</summary>
    public string Solution { get; internal init; } = string.Empty;

    /// <summary>Its title from the framework.</summary>
    public string Title { get; internal init; } = string.Empty;

    /// <summary>How long it takes to show results.</summary>
    public TimeHorizon Horizon { get; internal init; }

    /// <summary>The 1-based rank in the row.</summary>
    public int Rank { get; internal set; }

    /// <summary>Why it is proposed.</summary>
    public SolutionBasis Basis { get; internal init; }

    /// <summary>The row's drivers it addresses, in the row's driver rank order.</summary>
    public ImmutableArray<string> Addresses { get; internal init; } = ImmutableArray<string>.Empty;

    /// <summary>The summed source counts of those drivers.</summary>
    public int Support { get; internal init; }

    /// <summary>The number of distinct informants and desk sources that proposed it by code.</summary>
    public int ProposedBy { get; internal init; }

    /// <summary>The ids of the responses proposing it, in ordinal order.</summary>
    public ImmutableArray<string> Responses { get; internal init; } = ImmutableArray<string>.Empty;
}

/// <summary>How widely a gap reaches.</summary>
public sealed class GapBreadth
{
    /// <summary>The number of localities where the row falls short.</summary>
    public int Localities { get; internal init; }

    /// <summary>The number of localities charted (1 for national evidence or an assessment without
    /// localities).</summary>
    public int LocalitiesCharted { get; internal init; }

    /// <summary>The expected informant types heard in the row's evidence.</summary>
    public int InformantTypes { get; internal init; }

    /// <summary>The informant types the framework lists for the row's questions.</summary>
    public int InformantTypesExpected { get; internal init; }

    /// <summary>
    /// The mean of the locality share and the informant-type share, 0 to 1; a share with nothing to count
    /// (national evidence, desk-only questions) is 1.
    /// </summary>
    public double Value { get; internal init; }
}

/// <summary>One question of a gap row.</summary>
public sealed class GapQuestion
{
    /// <summary>The question's id.</summary>
    public string Question { get; internal init; } = string.Empty;

    /// <summary>Its target level.</summary>
    public int TargetLevel { get; internal init; }

    /// <summary>Its desired-state statement.</summary>
    public string DesiredState { get; internal init; } = string.Empty;

    /// <summary>Where it falls short, in scope order.</summary>
    public ImmutableArray<Shortfall> Shortfalls { get; internal init; } = ImmutableArray<Shortfall>.Empty;
}

/// <summary>A question's score below its target in one scope.</summary>
/// <param name="Scope">The scope (a locality, national, or overall).</param>
/// <param name="Level">The aggregated level there.</param>
/// <param name="Distance">Target minus level, above 0.</param>
public sealed record Shortfall(Scoring.ScoreScope Scope, double Level, double Distance);

/// <summary>An informant's words attached to a response (notes or a free-text proposal).</summary>
/// <param name="Response">The response's id.</param>
/// <param name="Text">The words.</param>
public sealed record ResponseText(string Response, string Text);
