using System.Collections.Immutable;

namespace TipAssessment.Framework;

/// <summary>
/// Ids that carry meaning in code, not only in data: the victims' informant type (the do-no-harm rules
/// rest on it) and the bands and scopes a red flag may name (the scoring engine defines what they mean).
/// </summary>
public static class WellKnownIds
{
    /// <summary>
    /// The id of the victims' informant type, <c>victim</c>. A question that is not safe for victims must
    /// never list it, and a victim informant may answer only questions marked safe.
    /// </summary>
    public const string VictimInformantType = "victim";

    /// <summary>
    /// The score bands a red flag may cap, lowest first: critical, weak, developing, strong.
    /// </summary>
    public static ImmutableArray<string> Bands { get; } =
        ImmutableArray.Create("critical", "weak", "developing", "strong");

    /// <summary>What a red flag's cap may apply to: <c>pillar</c> or <c>assessment</c>.</summary>
    public static ImmutableArray<string> RedFlagScopes { get; } = ImmutableArray.Create(
        "pillar",
        "assessment");
}
