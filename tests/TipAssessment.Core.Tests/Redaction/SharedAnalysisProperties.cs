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

        foreach (var score in shared.Analysis.Scoring.Scores)
        {
            var n = score.Responses.Concat(score.OtherResponses).Where(informantOf.ContainsKey)
                .Select(id => informantOf[id]).Distinct().Count();
            var key = score.Question + "|" + score.Scope;
            var hidden = shared.Find(SuppressedCellKind.Score, key) is not null;
            Assert.True(hidden || n == 0 || n >= shared.MinimumCellSize, score.Question + " " + score.Scope);
        }

        Assert.Empty(AnalysisSchema.Errors(json));
    }

    private static SharedAnalysis Share(Assessment original, int seed, byte kSeed) =>
        SharedAnalysis.Create(
            TestFrameworks.Small(), original, null, RedactionSamples.Seeded(seed, k: 1 + (kSeed % 4)));
}
