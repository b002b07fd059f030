using System;
using System.Text.Json;

namespace TipAssessment.Serialization;

/// <summary>
/// How a JSON number becomes a rating level. JSON Schema calls any number with a zero fraction an integer,
/// so <c>2</c>, <c>2.0</c>, <c>2e0</c> and <c>0.2e1</c> are all level 2 (export then writes <c>2</c>); a
/// fraction, however small (<c>1.5</c>, <c>1e-400</c>, <c>1.0000000000000000000000000000001</c>), or a value
/// no <see cref="int"/> holds (<c>1e400</c>, <c>5000000000</c>), is no level at all. The number's digits are
/// read exactly as written, never through <see cref="double"/> or <see cref="decimal"/>, which round. The
/// redaction record's <c>k</c>, another JSON Schema integer, is read the same way.
/// </summary>
internal static class RatingNumbers
{
    // More significant digits than any int has: the value is then out of range whatever the exponent.
    private const int MaxDigits = 10;

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

        level = 0;
        return number.ValueKind == JsonValueKind.Number && TryReadWhole(number.GetRawText(), out level);
    }

    /// <summary>
    /// Reads a JSON number's text (RFC 8259 grammar: <c>-? int frac? exp?</c>) as a whole number from 0 to
    /// <see cref="int.MaxValue"/>: the significant digits, with the exponent moved past the fraction, must
    /// leave no fractional digit other than zeros.
    /// </summary>
    internal static bool TryReadWhole(string text, out int value)
    {
        value = 0;
        var at = 0;
        var negative = at < text.Length && text[at] == '-';
        at += negative ? 1 : 0;

        // The digits before and after the point, as one run, and where the point was.
        var digits = new System.Text.StringBuilder();
        while (at < text.Length && IsDigit(text[at]))
        {
            digits.Append(text[at++]);
        }

        var whole = digits.Length;
        var fraction = 0;
        if (at < text.Length && text[at] == '.')
        {
            at++;
            while (at < text.Length && IsDigit(text[at]))
            {
                digits.Append(text[at++]);
                fraction++;
            }

            if (fraction == 0)
            {
                return false;
            }
        }

        long exponent = 0;
        if (at < text.Length && (text[at] == 'e' || text[at] == 'E'))
        {
            at++;
            var minus = at < text.Length && text[at] == '-';
            at += at < text.Length && (text[at] == '-' || text[at] == '+') ? 1 : 0;
            var start = at;
            for (; at < text.Length && IsDigit(text[at]); at++)
            {
                // Past any length a document may have, the exponent's size no longer matters; it is capped.
                exponent = Math.Min((exponent * 10) + (text[at] - '0'), int.MaxValue);
            }

            if (at == start)
            {
                return false;
            }

            exponent = minus ? -exponent : exponent;
        }

        if (at != text.Length || whole == 0)
        {
            return false;
        }

        // value = significant * 10^scale, once leading and trailing zeros are set aside.
        var significant = digits.ToString().TrimStart('0');
        var scale = exponent - fraction;
        var trimmed = significant.TrimEnd('0');
        scale += significant.Length - trimmed.Length;
        if (trimmed.Length == 0)
        {
            return true; // zero, however written (-0, 0.000, 0e99)
        }

        if (negative || scale < 0 || trimmed.Length + scale > MaxDigits)
        {
            return false;
        }

        long number = 0;
        foreach (var c in trimmed)
        {
            number = (number * 10) + (c - '0');
        }

        for (var i = 0; i < scale; i++)
        {
            number *= 10;
        }

        if (number > int.MaxValue)
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
