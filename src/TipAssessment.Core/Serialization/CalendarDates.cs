using System;

namespace TipAssessment.Serialization;

/// <summary>
/// ISO 8601 calendar dates of full or reduced precision (<c>2025-02-03</c>, <c>2025-02</c>, <c>2025</c>),
/// as the format keeps them: as text, so that a date coarsened for sharing stays what it is.
/// </summary>
internal static class CalendarDates
{
    /// <summary>
    /// Whether a date the schema's pattern accepted names a real year, month and day (year 0001 on).
    /// </summary>
    public static bool IsReal(string date)
    {
        // The parts between hyphens, read in place: checked for every date of every response at import.
        var at = 0;
        if (!Number(date, ref at, 1, 9999, out var year))
        {
            return false;
        }

        if (at == date.Length)
        {
            return true;
        }

        at++;
        if (!Number(date, ref at, 1, 12, out var month))
        {
            return false;
        }

        if (at == date.Length)
        {
            return true;
        }

        at++;
        return Number(date, ref at, 1, DateTime.DaysInMonth(year, month), out _);
    }

    /// <summary>
    /// Whether <paramref name="start"/> lies after <paramref name="end"/>, compared at the coarser of the two
    /// precisions (so <c>2025-03</c> does not start after <c>2025</c>).
    /// </summary>
    public static bool StartsAfter(string start, string end)
    {
        var length = Math.Min(start.Length, end.Length);
        return string.CompareOrdinal(start, 0, end, 0, length) > 0;
    }

    // The digits from at to the next hyphen or the end (at least one, nothing else), as a number from min to
    // max; at is left on the hyphen or the end.
    private static bool Number(string text, ref int at, int min, int max, out int value)
    {
        value = 0;
        var start = at;
        long number = 0;
        for (; at < text.Length && text[at] != '-'; at++)
        {
            var c = text[at];
            if (c < '0' || c > '9')
            {
                return false;
            }

            number = Math.Min((number * 10) + (c - '0'), (long)int.MaxValue + 1);
        }

        if (at == start || number < min || number > max)
        {
            return false;
        }

        value = (int)number;
        return true;
    }
}
