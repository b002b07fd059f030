using Microsoft.Extensions.DependencyInjection;
using TipAssessment.Analysis;
using TipAssessment.Framework;
using Xunit;

namespace TipAssessment.DependencyInjection.Tests;

public sealed class DefaultsTests
{
    [Fact]
    public void Framework_ByDefault_IsTheStandardOne()
    {
        using var provider = Containers.Build();

        Assert.Same(StandardFramework.Load(), provider.GetRequiredService<AssessmentFramework>());
    }

    [Fact]
    public void Analyzer_ByDefault_UsesTheDefaultAnalysisOptions()
    {
        using var provider = Containers.Build();

        Assert.Same(AnalysisOptions.Default, provider.GetRequiredService<ITipAssessmentAnalyzer>().Options);
    }

    [Fact]
    public void Services_AreSingletons_SharingOneFramework()
    {
        using var provider = Containers.Build();
        var importer = provider.GetRequiredService<IAssessmentImporter>();

        Assert.Same(importer, provider.GetRequiredService<IAssessmentImporter>());
        Assert.Same(importer.Framework, provider.GetRequiredService<ITipAssessmentAnalyzer>().Framework);
    }
}
