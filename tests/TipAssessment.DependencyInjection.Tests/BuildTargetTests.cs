using System.Reflection;
using System.Runtime.Versioning;
using Microsoft.Extensions.DependencyInjection;
using TipAssessment.Problems;
using Xunit;

namespace TipAssessment.DependencyInjection.Tests;

/// <summary>
/// The test project runs twice: against the net10.0 builds of DI and Core, and against their netstandard2.0
/// builds.
/// </summary>
public sealed class BuildTargetTests
{
#if NET10_0_OR_GREATER
    private const string Expected = ".NETCoreApp,Version=v10.0";
#else
    private const string Expected = ".NETStandard,Version=v2.0";
#endif

    [Fact]
    public void DependencyInjectionAssembly_UnderEachTestTarget_IsTheBuildThatTargetIsMeantToProve() =>
        Assert.Equal(Expected, FrameworkOf(typeof(TipAssessmentServiceCollectionExtensions).Assembly));

    [Fact]
    public void CoreAssembly_UnderEachTestTarget_IsTheBuildThatTargetIsMeantToProve() =>
        Assert.Equal(Expected, FrameworkOf(typeof(Problem).Assembly));

    private static string? FrameworkOf(Assembly assembly) =>
        assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
}
