using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

public class CalendarDatesTests
{
    [Theory]
    [InlineData("2025", true)]
    [InlineData("2025-02", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2025-04-31", false)]
    [InlineData("2025-00", false)]
    [InlineData("2025-13", false)]
    [InlineData("2025-01-00", false)]
    [InlineData("0000", false)]
    public void IsReal_DatesOfEachPrecision_AcceptsOnlyRealOnes(string date, bool real)
    {
        Assert.Equal(real, CalendarDates.IsReal(date));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("2025-", false)]
    [InlineData("-2025", false)]
    [InlineData("2025-1-5", true)] // the schema's pattern refuses it; the calendar has that day
    [InlineData("99999999999-01", false)]
    [InlineData("2025-02-28x", false)]
    public void IsReal_OddText_IsReadPartByPart(string date, bool real)
    {
        Assert.Equal(real, CalendarDates.IsReal(date));
    }

    // Any text of digits and hyphens (and a stray letter) gets the answer of a plain reading that splits it
    // at the hyphens and parses each part.
    [Property(MaxTest = 2000)]
    public Property IsReal_AgreesWithSplittingAndParsing()
    {
        var text = Gen.Elements('0', '1', '2', '3', '9', '-', 'x')
            .ArrayOf()
            .Select(chars => new string(chars.Take(12).ToArray()));
        var dates = Gen.OneOf(text, Gen.Elements("2024-02-29", "2025-02-29", "0001-01-01", "9999-12-31"));
        return Prop.ForAll(dates.ToArbitrary(), date => CalendarDates.IsReal(date) == SplitAndParse(date));
    }

    [Theory]
    [InlineData("2025-06", "2025-01", true)]
    [InlineData("2025-01", "2025-06", false)]
    [InlineData("2025-03-15", "2025", false)]
    [InlineData("2026", "2025-12-31", true)]
    [InlineData("2025-01-01", "2025-01-01", false)]
    public void StartsAfter_ComparesAtTheCoarserPrecision(string start, string end, bool after)
    {
        Assert.Equal(after, CalendarDates.StartsAfter(start, end));
    }

    private static bool SplitAndParse(string date)
    {
        var parts = date.Split('-');
        if (!Part(parts[0], 9999, out var year))
        {
            return false;
        }

        if (parts.Length == 1)
        {
            return true;
        }

        if (!Part(parts[1], 12, out var month))
        {
            return false;
        }

        return parts.Length == 2 || Part(parts[2], DateTime.DaysInMonth(year, month), out _);
    }

    private static bool Part(string text, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1
        && value <= max;
}
