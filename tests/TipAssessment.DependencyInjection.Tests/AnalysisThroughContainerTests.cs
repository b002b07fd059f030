using System.IO;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.DependencyInjection.Tests;

public sealed class AnalysisThroughContainerTests
{
    [Theory]
    [InlineData("minimal.assessment.json")]
    [InlineData("nepal-reconstructed.assessment.json")]
    public void ImportAndAnalyze_ASample_GivesTheSameAnalysisAsCore(string sample)
    {
        var path = Files.Seed(Path.Combine("samples", sample));
        using var provider = Containers.Build();
        var importer = provider.GetRequiredService<IAssessmentImporter>();
        var assessment = importer.ImportFile(path).GetValueOrThrow();

        var analysis = provider.GetRequiredService<ITipAssessmentAnalyzer>().Analyze(assessment);

        var framework = TipAssessment.Framework.StandardFramework.Load();
        var direct = TipAssessment.Analysis.AssessmentAnalyzer.Analyze(
            framework, AssessmentJson.ImportFile(path, framework).GetValueOrThrow());
        Assert.NotEmpty(analysis.Gaps.Rows);
        Assert.Equal(AnalysisJson.Export(direct), AnalysisJson.Export(analysis));
    }

    [Fact]
    public void Import_WithATightSizeLimit_ReportsTheLimitInsteadOfThrowing()
    {
        var tight = AssessmentImportOptions.Default with { MaxBytes = 64 };
        using var provider = Containers.Build(o => o.Import = tight);
        var path = Files.Seed(Path.Combine("samples", "minimal.assessment.json"));

        var result = provider.GetRequiredService<IAssessmentImporter>().ImportFile(path);

        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public void Analyze_WithABaseline_ComparesTheRounds()
    {
        var path = Files.Seed(Path.Combine("samples", "minimal.assessment.json"));
        using var provider = Containers.Build();
        var importer = provider.GetRequiredService<IAssessmentImporter>();
        var assessment = importer.ImportFile(path).GetValueOrThrow();

        var analysis = provider.GetRequiredService<ITipAssessmentAnalyzer>().Analyze(assessment, assessment);

        Assert.NotNull(analysis.Comparison);
        Assert.Same(assessment, analysis.Baseline!.Assessment);
    }
}
