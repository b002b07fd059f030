using TipAssessment.Assessments;
using TipAssessment.Gaps;
using TipAssessment.Scoring;
using TipAssessment.Tests.Scoring;

namespace TipAssessment.Tests.Gaps;

/// <summary>
/// One small assessment whose gap chart is worked out by hand in the tests: two localities, shortfalls in two
/// protection topics and in the law, an assessor finding on one topic, coded drivers and proposals.
/// </summary>
internal static class GapExample
{
    public static Assessment Assessment() => new AssessmentBuilder()
        .Locality("a").Locality("b")
        .Desk("ds-law")
        .Informant("P1", "law-enforcement", "a").Informant("G1", "government-agency", "a")
        .Informant("P2", "law-enforcement", "b")
        .Informant("V1", "victim", "a").Informant("V2", "victim", "b")
        .Rate("P1", TinyFramework.Training, 1, "a", "d.training")
        .Rate("G1", TinyFramework.Training, 2, "a", "d.training", "d.sops")
        .Rate("P2", TinyFramework.Training, 3, "b")
        .Add(
            "P1",
            TinyFramework.Sops,
            Rating.AtLevel(2),
            "a",
            new[] { "d.sops" },
            new[] { new SolutionProposal("s.sops", "Write local procedures") },
            "We have nothing written down.")
        .Rate("P2", TinyFramework.Sops, 2, "b", "d.training")
        .Rate("V1", TinyFramework.Reporting, 1, "a", "d.unaware", "d.victim-centred")
        .Rate("V2", TinyFramework.Reporting, 0, "b", "d.unaware")
        .Rate("P1", TinyFramework.Investigation, 3, "a")
        .Rate("ds-law", TinyFramework.LegalLaw, 2)
        .Finding("f-1", null, TinyFramework.VictimsTopic, null, "Victims rarely come forward.")
        .Build();

    public static GapChart Chart(GapOptions? options = null) =>
        GapDeriver.Derive(ScoringEngine.Score(TinyFramework.Create(), Assessment()), options);
}
