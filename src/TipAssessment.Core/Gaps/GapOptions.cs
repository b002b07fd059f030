using System;
using System.Collections.Immutable;
using System.Linq;

namespace TipAssessment.Gaps;

/// <summary>How shortfalls group into gap rows.</summary>
public enum GapGrouping
{
    /// <summary>
    /// One row per topic and area (the default): the questions of one topic that fall short in an area share
    /// a row, listing each question with its own shortfalls. The seed's 2018 chart reads this way: each of
    /// its rows sums up several related questions.
    /// </summary>
    ByTopic = 0,

    /// <summary>One row per question and area.</summary>
    ByQuestion = 1,
}

/// <summary>
/// Which gap chart to draw and how: the areas and localities charted, how shortfalls group into rows, how
/// many drivers lead, and whether informants' words may appear.
/// </summary>
/// <remarks>Immutable and safe to share between threads; derive variants with <c>with</c>.</remarks>
public sealed record GapOptions
{
    /// <summary>The default options: every area and locality, rows by topic, three leading drivers, no
    /// notes.</summary>
    public static GapOptions Default { get; } = new();

    /// <summary>How shortfalls group into rows; <see cref="GapGrouping.ByTopic"/> by default.</summary>
    public GapGrouping Grouping { get; init; } = GapGrouping.ByTopic;

    /// <summary>The ids of the areas to chart (such as <c>protection</c>); empty charts every area.</summary>
    public ImmutableArray<string> Areas { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>
    /// The ids of the localities whose shortfalls community-level areas chart; empty charts every locality.
    /// The national-compliance area rests on national evidence and ignores this filter.
    /// </summary>
    public ImmutableArray<string> Localities { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>
    /// How many of a row's top-ranked drivers lead (1 to 100; 3 by default): the catalogue's solutions that
    /// address a leading driver are proposed.
    /// </summary>
    public int LeadingDrivers { get; init; } = 3;

    /// <summary>
    /// Whether rows carry informants' words: response notes and free-text solution proposals. Off by default,
    /// because words can identify a person; catalogue codes are always carried.
    /// </summary>
    public bool IncludeNotes { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(typeof(GapGrouping), Grouping))
        {
            throw Invalid($"Grouping {(int)Grouping} is not a grouping.");
        }

        if (LeadingDrivers < 1 || LeadingDrivers > 100)
        {
            throw Invalid("LeadingDrivers must lie between 1 and 100.");
        }

        CheckIds(Areas, nameof(Areas));
        CheckIds(Localities, nameof(Localities));
    }

    private static void CheckIds(ImmutableArray<string> ids, string name)
    {
        if (ids.IsDefault || ids.Any(string.IsNullOrEmpty))
        {
            throw Invalid($"{name} must be an array of non-empty ids (empty means all).");
        }

        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Length)
        {
            throw Invalid($"{name} must not repeat an id.");
        }
    }

    private static ArgumentException Invalid(string message) => new(message, "options");
}
