using System.Linq;
using TipAssessment.Redaction;
using TipAssessment.Tests.Scoring;
using Xunit;

namespace TipAssessment.Tests.Redaction;

/// <summary>Victims' answers are never shown as their own group when fewer than k victims answered.</summary>
public class VictimGroupTests
{
    [Fact]
    public void Create_FlagWithTwoVictimsAmongTwelveInformants_HidesTheFlagButShowsTheScore()
    {
        var shared = Share(victims: 2);
        var flag = Assert.Single(shared.Analysis.Scoring.Triangulation);

        var hidden = shared.Find(SuppressedCellKind.Triangulation, TinyFramework.Reporting + "|overall");

        Assert.Contains(flag.Groups, g => g.Group == "victims" && g.Count == 2);
        Assert.NotNull(hidden);
        Assert.Equal(SuppressionCause.SmallGroup, hidden!.Cause);
        Assert.Contains("victims", hidden.Reason);
        Assert.Null(shared.Find(SuppressedCellKind.Score, TinyFramework.Reporting + "|overall"));
        Assert.DoesNotContain("\"group\": \"victims\"", SharedAnalysisJson.Export(shared));
    }

    [Fact]
    public void Create_FlagWithFiveVictims_ShowsTheVictimsGroup()
    {
        var shared = Share(victims: 5);

        Assert.Single(shared.Analysis.Scoring.Triangulation);
        Assert.Null(shared.Find(SuppressedCellKind.Triangulation, TinyFramework.Reporting + "|overall"));
        Assert.Contains("\"group\": \"victims\"", SharedAnalysisJson.Export(shared));
    }

    private static SharedAnalysis Share(int victims) => SharedAnalysis.Create(
        TinyFramework.Create(), Divergent(victims), null, RedactionSamples.Seeded(40 + victims));

    // Ten police rate reporting 4; the victims rate it 0.
    internal static Assessments.Assessment Divergent(int victims)
    {
        var builder = new AssessmentBuilder();
        foreach (var i in Enumerable.Range(1, 10))
        {
            builder.Informant("P" + i, "law-enforcement").Rate("P" + i, TinyFramework.Reporting, 4);
        }

        foreach (var i in Enumerable.Range(1, victims))
        {
            builder.Informant("V" + i, "victim").Rate("V" + i, TinyFramework.Reporting, 0);
        }

        return builder.Build();
    }
}
