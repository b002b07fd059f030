using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Problems;
using TipAssessment.Rounds;
using TipAssessment.Tests.Reports;
using Xunit;

namespace TipAssessment.Tests.Rounds;

/// <summary>Warnings before two rounds are compared.</summary>
public class RoundChecksTests
{
    private static Assessment Baseline => ReportSamples.Minimal with
    {
        Id = "round-1",
        Period = new AssessmentPeriod("2022-01", "2022-12"),
    };

    private static Assessment FollowUp => ReportSamples.Minimal with
    {
        Id = "round-2",
        Period = new AssessmentPeriod("2024-03-01", null),
    };

    [Fact]
    public void Check_TwoRoundsOfOnePlaceInOrder_GivesNoWarning()
    {
        Assert.Empty(RoundChecks.Check(Baseline, FollowUp));
    }

    [Fact]
    public void Check_AnotherCountry_WarnsAtTheCountry()
    {
        var problems = RoundChecks.Check(Baseline with { Country = "XK" }, FollowUp);

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCodes.RoundsCountryDiffers, problem.Code);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal("/country", problem.Pointer);
    }

    [Fact]
    public void Check_AnotherFrameworkVersion_Warns()
    {
        var other = Baseline with { Framework = Baseline.Framework with { Version = "0.9.0" } };

        var problem = Assert.Single(RoundChecks.Check(other, FollowUp));

        Assert.Equal(ProblemCodes.RoundsFrameworkDiffers, problem.Code);
        Assert.Contains("0.9.0", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TheSameDocumentTwice_WarnsOfTheSameIdAndTheOverlap()
    {
        var codes = RoundChecks.Check(Baseline, Baseline).Select(p => p.Code);

        Assert.Equal(new[] { ProblemCodes.RoundsSameId, ProblemCodes.RoundsOutOfOrder }, codes);
    }

    [Theory]
    [InlineData("2024", "2024-06", true)] // the year 2024 runs to December
    [InlineData("2024-06", "2024-06-30", true)]
    [InlineData("2024-06-30", "2024-06-30", false)]
    [InlineData("2023", "2024", false)]
    [InlineData("2023-12-31", "2024-01-01", false)]
    [InlineData("2025-02", "2024", true)] // reversed rounds
    public void Check_BaselineEndAgainstFollowUpStart_WarnsOnlyWhenItEndsLater(
        string end, string start, bool warns)
    {
        var baseline = Baseline with { Period = new AssessmentPeriod("2020", end) };
        var followUp = FollowUp with { Period = new AssessmentPeriod(start, null) };

        var problems = RoundChecks.Check(baseline, followUp);

        Assert.Equal(warns, problems.Any(p => p.Code == ProblemCodes.RoundsOutOfOrder));
    }

    [Fact]
    public void Check_ABaselineStillRunning_CannotBeOrderedAndGivesNoOrderWarning()
    {
        var baseline = Baseline with { Period = new AssessmentPeriod("2025", null) };

        Assert.Empty(RoundChecks.Check(baseline, FollowUp));
    }
}
