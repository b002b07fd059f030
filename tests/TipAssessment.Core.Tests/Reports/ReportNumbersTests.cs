using TipAssessment.Reports;
using Xunit;

namespace TipAssessment.Tests.Reports;

public sealed class ReportNumbersTests
{
    [Theory]
    [InlineData(0.125, 2, "0.13")]
    [InlineData(-0.125, 2, "-0.13")]
    [InlineData(2.5, 0, "3")]
    [InlineData(2.0, 2, "2")]
    [InlineData(-0.001, 2, "0")]
    [InlineData(1234.5, 1, "1234.5")]
    public void Format_RoundsHalfAwayFromZeroWithoutTrailingZeros(double value, int decimals, string expected)
    {
        Assert.Equal(expected, ReportNumbers.Format(value, decimals));
    }

    [Fact]
    public void Format_IgnoresTheCurrentCulture()
    {
        var text = ReportSamples.InCulture("de-DE", () => ReportNumbers.Format(1234.56, 2));

        Assert.Equal("1234.56", text);
    }

    [Fact]
    public void Score_WithoutAValue_IsTheMissingMark()
    {
        Assert.Equal(ReportNumbers.Missing, ReportNumbers.Score(null));
    }
}
