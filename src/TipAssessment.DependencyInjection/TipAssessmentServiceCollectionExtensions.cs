using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TipAssessment.Framework;

namespace TipAssessment.DependencyInjection;

/// <summary>Registers TipAssessment's services in an <see cref="IServiceCollection"/>.</summary>
public static class TipAssessmentServiceCollectionExtensions
{
    /// <summary>Registers TipAssessment with the standard framework and default options.</summary>
    /// <param name="services">The collection; must not be <see langword="null"/>.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>
    /// See <see cref="AddTipAssessment(IServiceCollection, Action{TipAssessmentOptions})"/>.
    /// </remarks>
    public static IServiceCollection AddTipAssessment(this IServiceCollection services) =>
        AddTipAssessment(services, _ => { });

    /// <summary>
    /// Registers, as singletons, the <see cref="AssessmentFramework"/> (the standard one unless
    /// <paramref name="configure"/> names a file or stream), an <see cref="IAssessmentImporter"/> and an
    /// <see cref="ITipAssessmentAnalyzer"/>, with <see cref="TipAssessmentOptions"/> validated.
    /// </summary>
    /// <param name="services">The collection; must not be <see langword="null"/>.</param>
    /// <param name="configure">Sets the options; must not be <see langword="null"/>. Calls from repeated
    /// registrations all apply, in order.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>
    /// Safe to call twice: services are added only if absent. Nothing is loaded here: the framework is read
    /// once, when first resolved. Invalid options throw <see cref="OptionsValidationException"/> and an
    /// invalid framework throws <see cref="InvalidOperationException"/>, each listing every problem, at the
    /// latest when the first service is resolved (options at start-up in a host, which runs start-up
    /// validation). The services are immutable and thread-safe.
    /// </remarks>
    public static IServiceCollection AddTipAssessment(
        this IServiceCollection services,
        Action<TipAssessmentOptions> configure)
    {
        Guard.NotNull(services, nameof(services));
        Guard.NotNull(configure, nameof(configure));
        services.AddOptions<TipAssessmentOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor
            .Singleton<IValidateOptions<TipAssessmentOptions>, TipAssessmentOptionsValidator>());
        services.TryAddSingleton(provider =>
            FrameworkLoader.Load(provider.GetRequiredService<IOptions<TipAssessmentOptions>>().Value));
        services.TryAddSingleton<IAssessmentImporter, AssessmentImporter>();
        services.TryAddSingleton<ITipAssessmentAnalyzer, TipAssessmentAnalyzer>();
        return services;
    }
}
