using System;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Gaps;
using TipAssessment.Problems;
using TipAssessment.Scoring;
using TipAssessment.Tests.Scoring;
using Xunit;

namespace TipAssessment.Tests.Gaps;

public sealed class GapChartOptionsTests
{
    [Fact]
    public void Chart_ForOneArea_HoldsOnlyThatAreasRows()
    {
        var options = GapOptions.Default with { Areas = ImmutableArray.Create("national-compliance") };

        var chart = GapExample.Chart(options);

        Assert.Equal(new[] { "national-compliance" }, chart.Areas);
        Assert.Equal("national-compliance", Assert.Single(chart.Rows).Area);
    }

    [Fact]
    public void Chart_ForOneLocality_ComparesOnlyThatLocalitysScores()
    {
        var chart = GapExample.Chart(GapOptions.Default with { Localities = ImmutableArray.Create("b") });

        var process = chart.Rows.Single(r => r.Topic == TinyFramework.ProcessTopic);
        Assert.Equal(new[] { TinyFramework.Sops }, process.Questions.Select(q => q.Question));
        Assert.Equal(new[] { "b" }, process.Localities);
        Assert.Equal(1, process.Breadth.LocalitiesCharted);
    }

    [Fact]
    public void Chart_UnknownAreaOrLocality_IsAWarningAndLeftOut()
    {
        var chart = GapExample.Chart(GapOptions.Default with
        {
            Areas = ImmutableArray.Create("protection", "atlantis"),
            Localities = ImmutableArray.Create("nowhere"),
        });

        Assert.Equal(
            new[] { ProblemCodes.UnknownChartArea, ProblemCodes.UnknownChartLocality },
            chart.Problems.Select(p => p.Code));
        Assert.Empty(chart.Rows);
    }

    [Fact]
    public void Chart_ByQuestion_GivesOneRowPerQuestionAndArea()
    {
        var chart = GapExample.Chart(GapOptions.Default with { Grouping = GapGrouping.ByQuestion });

        Assert.Equal(
            new[]
            {
                "protection/prot.reporting",
                "protection/prot.sops",
                "protection/prot.training",
                "national-compliance/lf.law",
            },
            chart.Rows.Select(r => r.Id));
        Assert.All(chart.Rows, r => Assert.Null(r.Topic));
    }

    [Fact]
    public void Chart_ByDefault_CarriesNoInformantWords()
    {
        var chart = GapExample.Chart();

        Assert.All(chart.Rows, r => Assert.Empty(r.Notes));
        Assert.All(chart.Rows, r => Assert.Empty(r.ProposedText));
    }

    [Fact]
    public void Chart_WithIncludeNotes_CarriesNotesAndFreeTextProposals()
    {
        var chart = GapExample.Chart(GapOptions.Default with { IncludeNotes = true });

        var process = chart.Rows.Single(r => r.Topic == TinyFramework.ProcessTopic);
        Assert.Equal(new[] { new ResponseText("r-004", "We have nothing written down.") }, process.Notes);
        Assert.Equal(new[] { new ResponseText("r-004", "Write local procedures") }, process.ProposedText);
    }

    [Fact]
    public void Chart_QuestionPlacedInTwoAreas_CanGiveARowInEach()
    {
        var assessment = new AssessmentBuilder()
            .Locality("a").Informant("S1", "service-provider", "a")
            .Rate("S1", TinyFramework.Agreements, 1, "a")
            .Build();

        var chart = GapDeriver.Derive(ScoringEngine.Score(TinyFramework.Create(), assessment));

        Assert.Equal(
            new[] { "protection/" + TinyFramework.ProcessTopic, "prosecution/" + TinyFramework.CasesTopic },
            chart.Rows.Select(r => r.Id));
    }

    [Fact]
    public void Chart_AssessmentWithoutLocalities_ComparesItsOverallScores()
    {
        var assessment = new AssessmentBuilder()
            .Informant("P1", "law-enforcement").Rate("P1", TinyFramework.Training, 1)
            .Build();

        var chart = GapDeriver.Derive(ScoringEngine.Score(TinyFramework.Create(), assessment));

        var row = Assert.Single(chart.Rows);

        Assert.Equal(ScoreScope.Overall, Assert.Single(Assert.Single(row.Questions).Shortfalls).Scope);
        Assert.Equal(1, row.Breadth.LocalitiesCharted);
    }

    [Fact]
    public void Derive_InvalidOptions_ThrowsArgumentException()
    {
        var scoring = ScoringEngine.Score(TinyFramework.Create(), GapExample.Assessment());

        Assert.Throws<ArgumentException>(
            () => GapDeriver.Derive(scoring,
            GapOptions.Default with { LeadingDrivers = 0 }));
        Assert.Throws<ArgumentException>(
            () => GapDeriver.Derive(scoring,
            GapOptions.Default with { Areas = ImmutableArray.Create("a", "a") }));
        Assert.Throws<ArgumentException>(
            () => GapDeriver.Derive(scoring,
            GapOptions.Default with { Localities = ImmutableArray.Create("") }));
    }
}
