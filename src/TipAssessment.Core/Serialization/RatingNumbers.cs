using System.Text.Json;

namespace TipAssessment.Serialization;

/// <summary>
/// How a JSON number becomes a rating level. JSON Schema calls any number with a zero fraction an integer,
/// so <c>2</c>, <c>2.0</c> and <c>2e0</c> are all level 2 (export then writes <c>2</c>); a fraction, or
/// a value no <see cref="int"/> holds (<c>1e400</c>, <c>5000000000</c>), is no level at all. The redaction
/// record's <c>k</c>, another JSON Schema integer, is read the same way.
/// </summary>
internal static class RatingNumbers
{
    /// <summary>
    /// Returns true with the level when the number is a whole number an <see cref="int"/> holds, from 0.
    /// </summary>
    public static bool TryGetLevel(JsonElement number, out int level)
    {
        level = 0;
        if (number.TryGetInt32(out level))
        {
            return level >= 0;
        }

        // TryGetDouble would turn 1e400 into infinity and succeed; decimal refuses what it cannot hold.
        if (!number.TryGetDecimal(out var value)
            || value != decimal.Truncate(value)
            || value < 0
            || value > int.MaxValue)
        {
            return false;
        }

        level = (int)value;
        return true;
    }
}
