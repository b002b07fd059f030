using System;
using System.Globalization;

namespace TipAssessment.Reports;

/// <summary>
/// Fixed number formatting for reports: rounded half away from zero in decimal arithmetic and formatted with
/// the invariant culture, so every runtime and machine writes the same text.
/// </summary>
internal static class ReportNumbers
{
    /// <summary>The text for a missing value in readable reports.</summary>
    public const string Missing = "–";

    /// <summary>A number with at most <paramref name="decimals"/> decimals and no trailing zeros.</summary>
    public static string Format(double value, int decimals)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            // The engine never produces these; a report still must not print "NaN" in a culture's words.
            return Missing;
        }

        var rounded = Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
        var format = decimals == 0 ? "0" : "0." + new string('#', decimals);
        return rounded == 0m ? "0" : rounded.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>A 0-100 score as a whole number, or <see cref="Missing"/>.</summary>
    public static string Score(double? value) => value is null ? Missing : Format(value.Value, 0);

    /// <summary>A level (possibly fractional) with at most one decimal.</summary>
    public static string Level(double value) => Format(value, 1);

    /// <summary>A 0-1 share as a whole percentage, such as <c>67%</c>.</summary>
    public static string Percent(double share) => Format(share * 100, 0) + "%";

    /// <summary>An integer in the invariant culture.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
