using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TipAssessment.Framework;
using Xunit;

namespace TipAssessment.DependencyInjection.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void AddTipAssessment_ReturnsTheSameCollection()
    {
        var services = new ServiceCollection();

        Assert.Same(services, services.AddTipAssessment());
    }

    [Fact]
    public void AddTipAssessment_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();
        services.AddTipAssessment();
        services.AddTipAssessment(o => o.FrameworkPath = null);

        Assert.Single(services, d => d.ServiceType == typeof(AssessmentFramework));
        Assert.Single(services, d => d.ServiceType == typeof(IAssessmentImporter));
        Assert.Single(services, d => d.ServiceType == typeof(ITipAssessmentAnalyzer));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<TipAssessmentOptions>));
    }

    [Fact]
    public void AddTipAssessment_CalledTwice_StillResolves()
    {
        var services = new ServiceCollection().AddTipAssessment().AddTipAssessment();
        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<ITipAssessmentAnalyzer>());
    }

    [Fact]
    public void AddTipAssessment_RegistersOnlySingletons()
    {
        var services = new ServiceCollection().AddTipAssessment();
        var ours = services.Where(
            d => d.ServiceType.Namespace!.StartsWith("TipAssessment", System.StringComparison.Ordinal));

        Assert.All(ours, d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
    }
}
