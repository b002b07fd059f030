using System;
using Microsoft.Extensions.DependencyInjection;

namespace TipAssessment.DependencyInjection.Tests;

/// <summary>Builds a provider the way an application does, validating scopes.</summary>
internal static class Containers
{
    public static ServiceProvider Build(Action<TipAssessmentOptions>? configure = null)
    {
        var services = new ServiceCollection();
        if (configure is null)
        {
            services.AddTipAssessment();
        }
        else
        {
            services.AddTipAssessment(configure);
        }

        var checks = new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true };
        return services.BuildServiceProvider(checks);
    }
}
