using System;
using System.IO;
using Microsoft.Extensions.DependencyInjection;
using TipAssessment.Framework;
using Xunit;

namespace TipAssessment.DependencyInjection.Tests;

public sealed class FrameworkSourceTests
{
    private const string BrokenFramework =
        "{\"kind\": \"tipassessment.framework\", \"formatVersion\": \"1.0\", \"id\": \"broken\"}";

    [Fact]
    public void Framework_FromAFile_IsLoadedFromThatFile()
    {
        using var provider = Containers.Build(o => o.FrameworkPath = Files.Seed("framework.json"));

        var framework = provider.GetRequiredService<AssessmentFramework>();

        Assert.NotSame(StandardFramework.Load(), framework);
        Assert.Equal(StandardFramework.Id, framework.Id);
    }

    [Fact]
    public void Framework_FromAStreamFactory_IsReadOnceOnFirstResolve()
    {
        var opened = 0;
        using var provider = Containers.Build(o => o.FrameworkStream = () =>
        {
            opened++;
            return File.OpenRead(Files.Seed("framework.json"));
        });

        Assert.Equal(0, opened);
        var first = provider.GetRequiredService<AssessmentFramework>();
        var again = provider.GetRequiredService<IAssessmentImporter>().Framework;

        Assert.Equal(1, opened);
        Assert.Same(first, again);
    }

    [Fact]
    public void Framework_WithErrors_FailsOnFirstResolveListingTheProblems()
    {
        var path = Path.Combine(Files.NewTempDirectory("tipa-di"), "broken.framework.json");
        File.WriteAllText(path, BrokenFramework);
        using var provider = Containers.Build(o => o.FrameworkPath = path);

        var error = Assert.Throws<InvalidOperationException>(
            () => provider.GetRequiredService<ITipAssessmentAnalyzer>());

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("fix these problems", error.Message, StringComparison.Ordinal);
        Assert.Contains("error ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Framework_FromAMissingFile_FailsNamingTheFile()
    {
        var path = Path.Combine(Files.NewTempDirectory("tipa-di"), "missing.json");
        using var provider = Containers.Build(o => o.FrameworkPath = path);

        var error = Assert.Throws<InvalidOperationException>(
            () => provider.GetRequiredService<AssessmentFramework>());

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
