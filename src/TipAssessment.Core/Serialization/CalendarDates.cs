using System;
using System.Globalization;

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
        var parts = date.Split('-');
        if (!Number(parts[0], 1, 9999, out var year))
        {
            return false;
        }

        if (parts.Length == 1)
        {
            return true;
        }

        if (!Number(parts[1], 1, 12, out var month))
        {
            return false;
        }

        return parts.Length == 2 || Number(parts[2], 1, DateTime.DaysInMonth(year, month), out _);
    }

    /// <summary>
    /// Whether <paramref name="start"/> lies after <paramref name="end"/>, compared at the coarser of the two
    /// precisions (so <c>2025-03</c> does not start after <c>2025</c>).
    /// </summary>
    public static bool StartsAfter(string start, string end)
    {
        var length = Math.Min(start.Length, end.Length);
        return string.CompareOrdinal(start.Substring(0, length), end.Substring(0, length)) > 0;
    }

    private static bool Number(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
        && value >= min
        && value <= max;
}
