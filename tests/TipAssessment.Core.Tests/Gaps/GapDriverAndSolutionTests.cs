using System.Linq;
using TipAssessment.Gaps;
using Xunit;

namespace TipAssessment.Tests.Gaps;

public sealed class GapDriverAndSolutionTests
{
    private static readonly GapChart Chart = GapExample.Chart();

    [Fact]
    public void Drivers_AreRankedByDistinctSourcesThenLocalities()
    {
        var process = Chart.Rows[1];

        Assert.Equal(new[] { "d.training", "d.sops" }, process.Drivers.Select(d => d.Driver));
        Assert.Equal(new[] { 3, 2 }, process.Drivers.Select(d => d.Sources));
        Assert.Equal(new[] { 2, 1 }, process.Drivers.Select(d => d.Localities));
        Assert.Equal(new[] { "r-001", "r-002", "r-005" }, process.Drivers[0].Responses);
    }

    [Fact]
    public void Drivers_BeyondTheLeadingCount_AreNotLeading()
    {
        var chart = GapExample.Chart(GapOptions.Default with { LeadingDrivers = 1 });

        Assert.Equal(new[] { true, false }, chart.Rows[1].Drivers.Select(d => d.Leading));
    }

    [Fact]
    public void Solutions_AddressTheLeadingDriversInTheRowsArea_RankedBySupportPlusProposals()
    {
        var process = Chart.Rows[1];

        // s.sops: 2 citations of d.sops + 1 proposal = 3, ties with s.train (3 citations of d.training) and
        // wins on proposals. s.workshops also addresses d.training, but the catalogue limits it to
        // prosecution.
        Assert.Equal(new[] { "s.sops", "s.train" }, process.Solutions.Select(s => s.Solution));
        Assert.Equal(new[] { 2, 3 }, process.Solutions.Select(s => s.Support));
        Assert.Equal(new[] { 1, 0 }, process.Solutions.Select(s => s.ProposedBy));
        Assert.Equal(
            new[] { SolutionBasis.DriversAndProposed, SolutionBasis.Drivers },
            process.Solutions.Select(s => s.Basis));
        Assert.Equal(new[] { "r-004" }, process.Solutions[0].Responses);
    }

    [Fact]
    public void Solutions_ProposedByInformants_AppearEvenWithoutALeadingDriver()
    {
        var chart = GapExample.Chart(GapOptions.Default with { LeadingDrivers = 1 });

        var sops = chart.Rows[1].Solutions.Single(s => s.Solution == "s.sops");

        Assert.Equal(SolutionBasis.Proposed, sops.Basis);
        Assert.Equal(1, sops.ProposedBy);
    }

    [Fact]
    public void Solutions_CarryTheirTimeHorizons()
    {
        var victims = Chart.Rows[0];

        Assert.Equal(new[] { "s.awareness", "s.victim-training" }, victims.Solutions.Select(s => s.Solution));
        Assert.All(
            victims.Solutions,
            s => Assert.Equal(TipAssessment.Framework.TimeHorizon.Short,
            s.Horizon));
    }
}
