using System.Linq;
using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Rounds;
using TipAssessment.Scoring;
using TipAssessment.Tests.Gaps;
using TipAssessment.Tests.Scoring;
using Xunit;

namespace TipAssessment.Tests.Rounds;

public sealed class RoundComparisonTests
{
    private static readonly RoundComparison Comparison = AssessmentAnalyzer.Analyze(
        TinyFramework.Create(),
        FollowUp(),
        AnalysisOptions.Default with { Baseline = GapExample.Assessment() }).Comparison!;

    [Fact]
    public void Compare_QuestionScores_GiveTheChangeInNormalisedPoints()
    {
        var training = Question(TinyFramework.Training);
        var investigation = Question(TinyFramework.Investigation);

        // Baseline median(1, 2, 3) = 2, follow-up 3: 50 to 75. Investigation 3 to 1: 75 to 25.
        Assert.Equal(
            (50.0, 75.0, 25.0),
            (training.Baseline!.Value, training.FollowUp!.Value, training.Change!.Value));
        Assert.Equal(-50, investigation.Change);
    }

    [Fact]
    public void Compare_QuestionNoLongerAssessed_HasNoChange()
    {
        var reporting = Question(TinyFramework.Reporting);

        Assert.Equal(12.5, reporting.Baseline);
        Assert.Null(reporting.FollowUp);
        Assert.Null(reporting.Change);
    }

    [Fact]
    public void Compare_RollUps_GiveChangesPerPillarAndTopic()
    {
        var legal = RollUp(RollUpKind.Pillar, "legal", ScoreScope.Overall);
        var process = RollUp(RollUpKind.Topic, TinyFramework.ProcessTopic, ScoreScope.ForLocality("a"));

        Assert.Equal(50, legal.Change);
        // Locality a: training 1.5 and sops 2 (37.5, 50) to training 3 and sops 2 (75, 50).
        Assert.Equal(43.75, process.Baseline);
        Assert.Equal(62.5, process.FollowUp);
    }

    [Fact]
    public void Compare_GapRows_AreClosedOpenedPersistingOrUnassessed()
    {
        // The follow-up's rows by rank (cases: priority 50; process: 43.75), then the baseline's other rows
        // by rank.
        Assert.Equal(
            new[]
            {
                ("prosecution/" + TinyFramework.CasesTopic, GapStatus.Opened),
                ("protection/" + TinyFramework.ProcessTopic, GapStatus.Persisting),
                ("protection/" + TinyFramework.VictimsTopic, GapStatus.Unassessed),
                ("national-compliance/" + TinyFramework.LawTopic, GapStatus.Closed),
            },
            Comparison.Gaps.Select(g => (g.Row, g.Status)));
        Assert.Single(Comparison.GapsWith(GapStatus.Closed));
    }

    [Fact]
    public void Compare_PersistingRow_CarriesBothRoundsSeverity()
    {
        var process = Comparison.Gaps.Single(g => g.Status == GapStatus.Persisting);

        Assert.Equal(0.5, process.BaselineSeverity!.Value, 12);
        Assert.Equal(0.5, process.FollowUpSeverity!.Value, 12);
        Assert.NotNull(process.BaselineRank);
        Assert.NotNull(process.FollowUpRank);
    }

    private static ScoreChange RollUp(RollUpKind kind, string id, ScoreScope scope) =>
        Comparison.RollUps.Single(c => c.Kind == kind && c.Id == id && c.Scope.Equals(scope));

    private static ScoreChange Question(string id) =>
        Comparison.Questions.Single(c => c.Id == id && c.Scope.Equals(ScoreScope.Overall));

    private static Assessment FollowUp() => new AssessmentBuilder("follow-up")
        .Locality("a").Locality("b")
        .Desk("ds-law")
        .Informant("P1", "law-enforcement", "a").Informant("G1", "government-agency", "a")
        .Informant("P2", "law-enforcement", "b")
        .Rate("P1", TinyFramework.Training, 3, "a")
        .Rate("G1", TinyFramework.Training, 3, "a")
        .Rate("P2", TinyFramework.Training, 3, "b")
        .Rate("P1", TinyFramework.Sops, 2, "a")
        .Rate("P2", TinyFramework.Sops, 2, "b")
        .Rate("P1", TinyFramework.Investigation, 1, "a")
        .Rate("ds-law", TinyFramework.LegalLaw, 4)
        .Build();
}
