using System;

namespace TipAssessment.Scoring;

/// <summary>Which evidence a score rests on.</summary>
public enum ScopeKind
{
    /// <summary>Every response that counts, national and local.</summary>
    Overall = 0,

    /// <summary>National-level evidence only: responses that name no locality (desk review of law, national
    /// informants).</summary>
    National = 1,

    /// <summary>The responses about one locality only; national evidence does not leak into it.</summary>
    Locality = 2,
}

/// <summary>
/// The evidence a score rests on: all of it (<see cref="Overall"/>), national-level evidence
/// (<see cref="National"/>), or one locality's (<see cref="ForLocality"/>).
/// </summary>
/// <remarks>
/// Locality scores use the responses that name that locality and nothing else, so national evidence cannot
/// hide local variation; national evidence counts in the national and overall scopes. Instances are
/// immutable, compare by value and are safe to share between threads.
/// </remarks>
public sealed class ScoreScope : IEquatable<ScoreScope>
{
    private ScoreScope(ScopeKind kind, string? locality)
    {
        Kind = kind;
        Locality = locality;
    }

    /// <summary>All evidence that counts.</summary>
    public static ScoreScope Overall { get; } = new(ScopeKind.Overall, null);

    /// <summary>National-level evidence: responses without a locality.</summary>
    public static ScoreScope National { get; } = new(ScopeKind.National, null);

    /// <summary>What the scope covers.</summary>
    public ScopeKind Kind { get; }

    /// <summary>The locality's id for a locality scope; otherwise <see langword="null"/>.</summary>
    public string? Locality { get; }

    /// <summary>The scope of one locality's evidence.</summary>
    /// <param name="localityId">The locality's id in the assessment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="localityId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="localityId"/> is empty.</exception>
    public static ScoreScope ForLocality(string localityId) =>
        new(ScopeKind.Locality, Guard.NotNullOrEmpty(localityId, nameof(localityId)));

    /// <inheritdoc/>
    public bool Equals(ScoreScope? other) =>
        other is not null
        && Kind == other.Kind
        && string.Equals(Locality, other.Locality, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScoreScope);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        ((int)Kind * 397) ^ (Locality is null ? 0 : StringComparer.Ordinal.GetHashCode(Locality));

    /// <summary><c>overall</c>, <c>national</c>, or <c>locality:</c> followed by the locality's id.</summary>
    public override string ToString() => Kind switch
    {
        ScopeKind.Overall => "overall",
        ScopeKind.National => "national",
        _ => "locality:" + Locality,
    };
}
