using System;
using System.IO;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TipAssessment.Analysis;
using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.DependencyInjection.Tests;

public sealed class OptionsValidationTests
{
    [Fact]
    public void Resolve_WithBothFrameworkSources_ThrowsNamingBoth()
    {
        using var provider = Containers.Build(o =>
        {
            o.FrameworkPath = "framework.json";
            o.FrameworkStream = () => Stream.Null;
        });

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IAssessmentImporter>());

        const string expected = "FrameworkPath or FrameworkStream, not both";
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WithInvalidScoringOptions_ThrowsWithCoreReason()
    {
        var scoring = ScoringOptions.Default with { TriangulationThreshold = double.NaN };
        var analysis = AnalysisOptions.Default with { Scoring = scoring };
        using var provider = Containers.Build(o => o.Analysis = analysis);

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<ITipAssessmentAnalyzer>());

        Assert.Contains("TipAssessmentOptions.Analysis is invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("TriangulationThreshold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WithSeveralProblems_ListsEveryOne()
    {
        using var provider = Containers.Build(o =>
        {
            o.FrameworkPath = " ";
            o.Import = null!;
            o.Analysis = null!;
        });

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<TipAssessment.Framework.AssessmentFramework>());

        Assert.Equal(3, error.Failures.Count());
    }
}
