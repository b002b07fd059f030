using System.Linq;
using TipAssessment.Framework;
using TipAssessment.Gaps;
using TipAssessment.Scoring;
using TipAssessment.Tests.Scoring;
using Xunit;

namespace TipAssessment.Tests.Gaps;

public sealed class GapRowTests
{
    private static readonly GapChart Chart = GapExample.Chart();

    [Fact]
    public void Derive_ShortfallsGroupedByTopic_GiveOneRowPerTopicAndArea_RankedByPriority()
    {
        Assert.Equal(
            new[]
            {
                "protection/" + TinyFramework.VictimsTopic,
                "protection/" + TinyFramework.ProcessTopic,
                "national-compliance/" + TinyFramework.LawTopic,
            },
            Chart.Rows.Select(r => r.Id));
        Assert.Equal(new[] { 1, 2, 3 }, Chart.Rows.Select(r => r.Rank));
        Assert.Equal(
            new[] { AreaMode.Community, AreaMode.Community, AreaMode.National },
            Chart.Rows.Select(r => r.Mode));
    }

    [Fact]
    public void Row_ListsEachQuestionWithWhereItFallsShort()
    {
        var process = Chart.Rows[1];

        Assert.Equal(
            new[] { TinyFramework.Training, TinyFramework.Sops },
            process.Questions.Select(q => q.Question));
        Assert.Equal(
            new[] { new Shortfall(ScoreScope.ForLocality("a"), 1.5, 1.5) },
            process.Questions[0].Shortfalls);
        Assert.Equal(new[] { "a", "b" }, process.Questions[1].Shortfalls.Select(s => s.Scope.Locality));
        Assert.Equal(new[] { "a", "b" }, process.Localities);
    }

    [Fact]
    public void Row_SeverityBreadthAndPriority_FollowTheDocumentedFormulas()
    {
        var process = Chart.Rows[1];

        // Distances 1.5/3, 2/4, 2/4; 2 of 2 localities; 2 of 3 expected types (law enforcement, government)
        // heard.
        Assert.Equal(0.5, process.Severity, 12);
        Assert.Equal(3, process.Breadth.InformantTypesExpected);
        Assert.Equal(2, process.Breadth.InformantTypes);
        Assert.Equal(5.0 / 6, process.Breadth.Value, 12);
        Assert.Equal(100 * 0.5 * (1 + (5.0 / 6)) / 2, process.Priority, 12);
    }

    [Fact]
    public void Row_GapInLevels_IsTheMeanAndLargestDistance()
    {
        var process = Chart.Rows[1];

        Assert.Equal(5.5 / 3, process.Gap.Levels, 12);
        Assert.Equal(2, process.Gap.MaxLevels);
        Assert.Contains("2 questions", process.Gap.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Row_NationalCompliance_RestsOnNationalEvidence()
    {
        var law = Chart.Rows[2];

        Assert.Equal(ScoreScope.National, Assert.Single(Assert.Single(law.Questions).Shortfalls).Scope);
        Assert.Empty(law.Localities);
        Assert.Equal(37.5, law.Priority, 12);
    }

    [Fact]
    public void Row_Evidence_IsEveryResponseBehindItsShortfalls()
    {
        Assert.Equal(new[] { "r-001", "r-002", "r-004", "r-005" }, Chart.Rows[1].Evidence);
        Assert.Equal(new[] { "r-006", "r-007" }, Chart.Rows[0].Evidence);
    }

    [Fact]
    public void Row_DesiredState_ComesFromTheFramework()
    {
        var process = Chart.Rows[1];

        Assert.Equal("Desired for prot.training. Desired for prot.sops.", process.DesiredState.Text);
        Assert.Equal(4, process.DesiredState.TargetLevel);
    }
}
