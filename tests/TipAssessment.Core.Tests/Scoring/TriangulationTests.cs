using System.Linq;
using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.Tests.Scoring;

public sealed class TriangulationTests
{
    [Fact]
    public void Triangulation_GroupsApartByMoreThanTheThreshold_AreFlaggedWithWhatEachSaid()
    {
        var assessment = new AssessmentBuilder()
            .Informant("P1", "law-enforcement").Informant("S1", "service-provider")
            .Informant("V1", "victim").Informant("V2", "victim")
            .Rate("P1", TinyFramework.Reporting, 4)
            .Rate("S1", TinyFramework.Reporting, 3)
            .Rate("V1", TinyFramework.Reporting, 1)
            .Rate("V2", TinyFramework.Reporting, 0)
            .Build();

        var flag = Assert.Single(ScoringEngine.Score(TinyFramework.Create(), assessment).Triangulation);

        Assert.Equal(TinyFramework.Reporting, flag.Question);
        Assert.Equal(ScoreScope.Overall, flag.Scope);
        Assert.Equal(3.5, flag.Divergence);
        Assert.Equal(new[] { "state", "civil", "victims" }, flag.Groups.Select(g => g.Group));
        Assert.Equal(new[] { 4, 3, 0.5 }, flag.Groups.Select(g => g.Level));
        Assert.Equal(new[] { 1, 1, 2 }, flag.Groups.Select(g => g.Count));
        Assert.Equal(new[] { "r-003", "r-004" }, flag.Groups[2].Responses);
    }

    [Fact]
    public void Triangulation_DivergenceEqualToTheThreshold_IsNotFlagged()
    {
        var assessment = new AssessmentBuilder()
            .Informant("P1", "law-enforcement").Informant("V1", "victim")
            .Rate("P1", TinyFramework.Reporting, 4)
            .Rate("V1", TinyFramework.Reporting, 2)
            .Build();
        var options = ScoringOptions.Default with { TriangulationThreshold = 2 };

        Assert.Empty(ScoringEngine.Score(TinyFramework.Create(), assessment, options).Triangulation);
        var lower = options with { TriangulationThreshold = 1.99 };
        Assert.Single(ScoringEngine.Score(TinyFramework.Create(), assessment, lower).Triangulation);
    }

    [Fact]
    public void Triangulation_DeskEvidence_BelongsToNoGroup()
    {
        var assessment = new AssessmentBuilder()
            .Desk("ds-1").Informant("G1", "government-agency")
            .Rate("ds-1", TinyFramework.LegalLaw, 4)
            .Rate("G1", TinyFramework.LegalLaw, 0)
            .Build();

        Assert.Empty(ScoringEngine.Score(TinyFramework.Create(), assessment).Triangulation);
    }
}
