using System;
using System.Globalization;

namespace TipAssessment.Assessments;

/// <summary>
/// What a rating says: a level, unknown, not applicable, or nothing (descriptive evidence).
/// </summary>
public enum RatingKind
{
    /// <summary>No rating: the response is descriptive evidence (notes, drivers) only.</summary>
    None = 0,

    /// <summary>A level on the framework's rating scale.</summary>
    Level = 1,

    /// <summary>The informant or source could not say. Never a level; counted in coverage.</summary>
    Unknown = 2,

    /// <summary>The question does not apply here. Never a level; counted in coverage.</summary>
    NotApplicable = 3,
}

/// <summary>
/// An assessor's coding of a response on the rating scale, or "unknown" or "not applicable", which are
/// never levels. In JSON a level is a number; the others are the strings <c>"unknown"</c> and
/// <c>"not-applicable"</c>; a response without a rating omits the member.
/// </summary>
public readonly struct Rating : IEquatable<Rating>
{
    private readonly int _level;

    private Rating(RatingKind kind, int level)
    {
        Kind = kind;
        _level = level;
    }

    /// <summary>No rating (descriptive evidence). This is the default value.</summary>
    public static Rating None => default;

    /// <summary>The informant or source could not say.</summary>
    public static Rating Unknown => new(RatingKind.Unknown, 0);

    /// <summary>The question does not apply here.</summary>
    public static Rating NotApplicable => new(RatingKind.NotApplicable, 0);

    /// <summary>What the rating says.</summary>
    public RatingKind Kind { get; }

    /// <summary>Whether the rating is a level.</summary>
    public bool IsLevel => Kind == RatingKind.Level;

    /// <summary>The level when <see cref="IsLevel"/>; otherwise <see langword="null"/>.</summary>
    public int? Level => IsLevel ? _level : null;

    /// <summary>A level. Whether it lies on a framework's scale is checked on import, not here.</summary>
    /// <param name="level">The level; must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is negative.</exception>
    public static Rating AtLevel(int level) =>
        new(RatingKind.Level, Guard.InRange(level, 0, int.MaxValue, nameof(level)));

    /// <inheritdoc/>
    public bool Equals(Rating other) => Kind == other.Kind && _level == other._level;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rating other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Kind * 397) ^ _level;

    /// <summary>
    /// The JSON form: the level's number, <c>unknown</c>, <c>not-applicable</c>, or <c>none</c>.
    /// </summary>
    public override string ToString() => Kind switch
    {
        RatingKind.Level => _level.ToString(CultureInfo.InvariantCulture),
        RatingKind.Unknown => "unknown",
        RatingKind.NotApplicable => "not-applicable",
        _ => "none",
    };

    /// <summary>Compares two ratings for equality.</summary>
    public static bool operator ==(Rating left, Rating right) => left.Equals(right);

    /// <summary>Compares two ratings for inequality.</summary>
    public static bool operator !=(Rating left, Rating right) => !left.Equals(right);
}
