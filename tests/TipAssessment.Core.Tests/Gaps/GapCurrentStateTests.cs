using System.Linq;
using TipAssessment.Gaps;
using Xunit;

namespace TipAssessment.Tests.Gaps;

public sealed class GapCurrentStateTests
{
    private static readonly GapChart Chart = GapExample.Chart();

    [Fact]
    public void CurrentState_WithAnAssessorFinding_IsTheFinding()
    {
        var victims = Chart.Rows[0].CurrentState;

        Assert.Equal(CurrentStateSource.Finding, victims.Source);
        Assert.Equal("Victims rarely come forward.", victims.Text);
        Assert.Equal(new[] { "f-1" }, victims.Findings);
    }

    [Fact]
    public void CurrentState_WithoutAFinding_IsTheLevelsDescriptorWithTheEvidenceCount()
    {
        var process = Chart.Rows[1].CurrentState;

        Assert.Equal(CurrentStateSource.Descriptor, process.Source);
        Assert.Equal(5.5 / 3, process.Level, 12);
        Assert.Equal(4, process.RatedResponses);
        Assert.StartsWith("Level 1 (level 1): Descriptor 1.", process.Text, System.StringComparison.Ordinal);
        Assert.Contains("4 rated responses", process.Text, System.StringComparison.Ordinal);
    }
}
