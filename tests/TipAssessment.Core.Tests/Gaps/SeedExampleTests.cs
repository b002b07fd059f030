using System;
using System.IO;
using System.Linq;
using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Gaps;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Gaps;

/// <summary>
/// The sample behind the seed's 2018 example chart, read with the real loaders: the engine must derive the
/// chart's three rows from the evidence (areas, questions, drivers, solutions), not from its prose.
/// </summary>
public sealed class SeedExampleTests
{
    private static readonly Lazy<AssessmentAnalysis> Analysis = new(() =>
        AssessmentAnalyzer.Analyze(StandardFramework.Load(), Sample()));

    private static GapChart Chart => Analysis.Value.Gaps;

    [Fact]
    public void Sample_ImportsWithoutErrors_AndIsMarkedSynthetic()
    {
        var result = AssessmentJson.ImportFile(SamplePath, StandardFramework.Load());

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(new[] { ProblemCodes.UnknownCountry }, result.Problems.Select(p => p.Code));
        Assert.Equal(ProvenanceKind.Synthetic, result.Value!.Provenance!.Kind);
    }

    [Fact]
    public void Chart_HasExactlyTheSeedsThreeRows_InTheirAreas()
    {
        Assert.Equal(
            new[]
            {
                "prosecution/prosecution.local-cases",
                "protection/protection.institutional-process",
                "protection/protection.victims-access",
            },
            Chart.Rows.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(1, Chart.Rows.Count(r => r.Area == "prosecution"));
        Assert.Equal(2, Chart.Rows.Count(r => r.Area == "protection"));
    }

    [Fact]
    public void Row1_FrontLineOfficersNotIdentifyingVictims_ComesFromTheIdentificationQuestions()
    {
        var row = Row("protection.institutional-process");

        Assert.Equal(
            new[] { "prot.local-sops", "prot.identification-awareness", "prot.police-training" },
            row.Questions.Select(q => q.Question));
        Assert.Equal("no-training-or-guidance", row.Drivers[0].Driver);
        Assert.Equal(new[] { "district-north", "district-river", "district-hills" }, row.Localities);
        Assert.Equal(
            new[] { "train-front-line-officers", "develop-sops" },
            row.Solutions.Take(2).Select(s => s.Solution));
    }

    [Fact]
    public void Row2_LocalPoliceNotEquipped_LeadsWithDevolutionAndCoordination()
    {
        var row = Row("prosecution.local-cases");

        Assert.Equal(
            new[] { "devolution-without-capacity", "weak-coordination" },
            row.Drivers.Take(2).Select(d => d.Driver));
        Assert.Contains("pros.communication-guidelines", row.Questions.Select(q => q.Question));
        Assert.Contains("pros.specialised-training", row.Questions.Select(q => q.Question));
        Assert.Equal("joint-skills-workshops", row.Solutions[0].Solution);
        Assert.Contains(row.Solutions, s => s.Solution == "develop-sops" && s.ProposedBy > 0);
    }

    [Fact]
    public void Row3_VictimsRarelySeekingJustice_LeadsWithTheVictimsSide()
    {
        var row = Row("protection.victims-access");

        Assert.Equal(
            new[] { "not-victim-centred", "victims-unaware-of-rights" },
            row.Drivers.Take(2).Select(d => d.Driver).OrderBy(d => d, StringComparer.Ordinal));
        Assert.Equal(
            new[] { "referral-mechanism", "victim-centred-training", "victim-rights-awareness" },
            row.Solutions.Take(3).Select(s => s.Solution).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void Rows_UseTheAssessorsFindingsAsTheCurrentState()
    {
        Assert.All(Chart.Rows, r => Assert.Equal(CurrentStateSource.Finding, r.CurrentState.Source));
        Assert.Equal(new[] { "f-1" }, Row("protection.institutional-process").CurrentState.Findings);
    }

    [Fact]
    public void Analysis_OfTheSample_ExcludesNothingAndCarriesNoNotes()
    {
        var json = AnalysisJson.Export(Analysis.Value);

        Assert.Empty(Analysis.Value.Scoring.Excluded);
        Assert.DoesNotContain("\"notes\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Did not know a complaint", json, StringComparison.Ordinal);
    }

    private static string SamplePath => Path.Combine(
        AppContext.BaseDirectory,
        "seeds",
        "samples",
        "seed-example-2018.assessment.json");

    private static Assessment Sample() => AssessmentJson.ImportFile(SamplePath, StandardFramework.Load())
        .GetValueOrThrow();

    private static GapRow Row(string topic) => Chart.Rows.Single(r => r.Topic == topic);
}
