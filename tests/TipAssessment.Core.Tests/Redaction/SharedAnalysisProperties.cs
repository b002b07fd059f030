using System;
using System.Linq;
using FsCheck.Xunit;
using TipAssessment.Assessments;
using TipAssessment.Redaction;
using TipAssessment.Tests.Analysis;
using TipAssessment.Tests.Serialization;
using Xunit;

namespace TipAssessment.Tests.Redaction;

/// <summary>Small-cell suppression over generated assessments and every k from 1 to 4.</summary>
public class SharedAnalysisProperties
{
    [Property(Arbitrary = new[] { typeof(AssessmentGenerators) }, MaxTest = 200)]
    public void Export_GeneratedAssessment_NoHiddenCellCanBeRecomputedByASubtraction(
        Assessment original, int seed, byte kSeed)
    {
        var shared = Share(original, seed, kSeed);

        Assert.Empty(SuppressionAudit.Recomputable(shared, SharedAnalysisJson.Export(shared)));
    }

    [Property(Arbitrary = new[] { typeof(AssessmentGenerators) }, MaxTest = 200)]
    public void Export_GeneratedAssessment_HidesEveryScoreUnderKAndStaysValid(
        Assessment original, int seed, byte kSeed)
    {
        var shared = Share(original, seed, kSeed);
        var json = SharedAnalysisJson.Export(shared);
        var informantOf = shared.Analysis.Assessment.Responses.Where(r => r.Informant is not null)
            .ToDictionary(r => r.Id, r => r.Informant!, StringComparer.Ordinal);

        int Informants(System.Collections.Generic.IEnumerable<string> ids) =>
            ids.Where(informantOf.ContainsKey).Select(id => informantOf[id]).Distinct().Count();
        bool Enough(int n) => n == 0 || n >= shared.MinimumCellSize;

        foreach (var score in shared.Analysis.Scoring.Scores)
        {
            // Both what the level rests on (the rated answers) and everything the cell counts.
            var all = Informants(score.Responses.Concat(score.OtherResponses));
            var rated = Informants(score.Responses);
            var key = score.Question + "|" + score.Scope;
            var hidden = shared.Find(SuppressedCellKind.Score, key) is not null;
            Assert.True(hidden || (Enough(all) && Enough(rated)), score.Question + " " + score.Scope);
        }

        Assert.Empty(AnalysisSchema.Errors(json));
    }

    private static SharedAnalysis Share(Assessment original, int seed, byte kSeed) =>
        SharedAnalysis.Create(
            TestFrameworks.Small(), original, null, RedactionSamples.Seeded(seed, k: 1 + (kSeed % 4)));
}
