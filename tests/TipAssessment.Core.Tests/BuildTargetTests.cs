using System.Reflection;
using System.Runtime.Versioning;
using TipAssessment.Problems;
using Xunit;

namespace TipAssessment.Tests;

/// <summary>The test project runs twice: against Core's net10.0 build and against its netstandard2.0 build.</summary>
public class BuildTargetTests
{
    [Fact]
    public void CoreAssembly_UnderEachTestTarget_IsTheBuildThatTargetIsMeantToProve()
    {
        var attribute = typeof(Problem).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

#if NET10_0_OR_GREATER
        const string expected = ".NETCoreApp,Version=v10.0";
#else
        const string expected = ".NETStandard,Version=v2.0";
#endif
        Assert.NotNull(attribute);
        Assert.Equal(expected, attribute!.FrameworkName);
    }
}
