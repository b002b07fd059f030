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
    [InlineData("2025-06", "2025-01", true)]
    [InlineData("2025-01", "2025-06", false)]
    [InlineData("2025-03-15", "2025", false)]
    [InlineData("2026", "2025-12-31", true)]
    [InlineData("2025-01-01", "2025-01-01", false)]
    public void StartsAfter_ComparesAtTheCoarserPrecision(string start, string end, bool after)
    {
        Assert.Equal(after, CalendarDates.StartsAfter(start, end));
    }
}
