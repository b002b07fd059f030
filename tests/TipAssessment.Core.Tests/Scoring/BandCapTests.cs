using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Problems;
using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.Tests.Scoring;

public sealed class BandCapTests
{
    [Fact]
    public void Cap_FlaggedQuestionAtOrBelowItsLevel_CapsThePillarWithItsReason()
    {
        var protection = Protection(training: 4, criminalisation: 1);

        Assert.Equal(62.5, protection.Normalised);
        Assert.Equal("developing", protection.UncappedBand);
        Assert.Equal("weak", protection.Band);
        var cap = Assert.Single(protection.Caps);
        Assert.Equal(
            new BandCap(
                "flag.criminalised", TinyFramework.Criminalisation, 1, 1, "weak", true, "Victims punished."),
            cap);
    }

    [Fact]
    public void Cap_FlaggedQuestionAboveItsLevel_DoesNotFire()
    {
        var protection = Protection(training: 4, criminalisation: 2);

        // (100 + 50) / 2 = 75: strong, and no cap holds it back.
        Assert.Empty(protection.Caps);
        Assert.Equal("strong", protection.Band);
    }

    [Fact]
    public void Cap_BandAlreadyBelowTheCap_IsRecordedButLowersNothing()
    {
        var protection = Protection(training: 0, criminalisation: 1);

        Assert.Equal("critical", protection.Band);
        Assert.False(Assert.Single(protection.Caps).Lowered);
    }

    [Fact]
    public void Cap_AssessmentScopedRule_CapsTheWholeAssessment()
    {
        var assessment = new AssessmentBuilder()
            .Informant("P1", "law-enforcement").Informant("C1", "civil-society")
            .Rate("P1", TinyFramework.Training, 4)
            .Rate("P1", TinyFramework.Investigation, 4)
            .Rate("C1", TinyFramework.EliteCapture, 0)
            .Build();

        var root = ScoringEngine.Score(TinyFramework.Create(), assessment)
            .FindRollUp(ScoreScope.Overall)!.Root;

        Assert.Equal("strong", root.UncappedBand);
        Assert.Equal("critical", root.Band);
        Assert.Equal("flag.capture", Assert.Single(root.Caps).Rule);
        Assert.Empty(root.Children.Single(p => p.Id == "prosecution").Caps);
    }

    [Fact]
    public void Cap_BandTheOptionsDoNotDefine_IsReportedAndNotApplied()
    {
        var options = ScoringOptions.Default with
        {
            Bands = ImmutableArray.Create(
                new BandDefinition("low", "Low", 0),
                new BandDefinition("high", "High", 50)),
        };
        var assessment = new AssessmentBuilder()
            .Informant("V1", "victim").Rate("V1", TinyFramework.Criminalisation, 0).Build();

        var result = ScoringEngine.Score(TinyFramework.Create(), assessment, options);

        Assert.Equal(
            new[] { "/redFlags/0/capsBand", "/redFlags/1/capsBand" },
            result.Problems.Where(p => p.Code == ProblemCodes.UnknownCapBand).Select(p => p.Pointer));
        Assert.All(result.RollUps[0].Root.Children, p => Assert.Empty(p.Caps));
    }

    private static RollUpNode Protection(int training, int criminalisation)
    {
        var assessment = new AssessmentBuilder()
            .Informant("P1", "law-enforcement").Informant("V1", "victim")
            .Rate("P1", TinyFramework.Training, training)
            .Rate("V1", TinyFramework.Criminalisation, criminalisation)
            .Build();
        var root = ScoringEngine.Score(TinyFramework.Create(), assessment)
            .FindRollUp(ScoreScope.Overall)!.Root;
        return root.Children.Single(p => p.Id == "protection");
    }
}
