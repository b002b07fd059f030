using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

public class IsoCountriesTests
{
    [Fact]
    public void Count_IsTheAssignedCodesPlusKosovo()
    {
        const int assignedByIso = 249;

        Assert.Equal(assignedByIso + 1, IsoCountries.Count);
    }

    [Theory]
    [InlineData("NP", true)]
    [InlineData("SS", true)]
    [InlineData("XK", true)]
    [InlineData("UK", false)]
    [InlineData("np", false)]
    [InlineData("QQ", false)]
    public void IsAssigned_KnowsAssignedCodesOnly(string code, bool assigned)
    {
        Assert.Equal(assigned, IsoCountries.IsAssigned(code));
    }
}
