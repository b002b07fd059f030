using System;
using System.IO;
using System.Threading;
using TipAssessment.Serialization;

namespace TipAssessment.Framework;

/// <summary>
/// The standard TIP needs-assessment and gap-analysis framework, shipped inside this package (the data of
/// <c>seeds/framework.json</c>, embedded at build time): no file path is needed.
/// </summary>
/// <remarks>
/// The embedded document is read, checked against its schema and its semantic rules once per process, on
/// the first call to <see cref="Load"/>; every call returns the same immutable instance, which is safe to
/// share between threads.
/// </remarks>
public static class StandardFramework
{
    /// <summary>
    /// The standard framework's id, <c>tip-local-needs-gap</c>; assessments cite it with the version.
    /// </summary>
    public const string Id = "tip-local-needs-gap";

    /// <summary>The version of the standard framework this package ships (a semantic version).</summary>
    public const string Version = "1.0.0";

    private const string ResourceName = "TipAssessment.framework.json";

    private static readonly Lazy<AssessmentFramework> Cached =
        new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Returns the standard framework, read from the package on the first call and cached.</summary>
    /// <returns>
    /// The framework, with <see cref="Id"/> and <see cref="Version"/>; the same instance on every call.
    /// </returns>
    /// <exception cref="InvalidOperationException">
    /// The embedded document is missing or invalid: a packaging bug, not something a caller can cause.
    /// </exception>
    public static AssessmentFramework Load() => Cached.Value;

    private static AssessmentFramework LoadEmbedded()
    {
        using var stream = typeof(StandardFramework).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource '{ResourceName}' is not embedded; the "
                + "package is broken.");
        var framework = FrameworkJson.Import(stream).GetValueOrThrow();
        return framework.Id == Id && framework.Version == Version
            ? framework
            : throw new InvalidOperationException(
                $"The embedded framework is {framework.Id} {framework.Version}, not {Id} {Version}; the "
                    + "package is broken.");
    }
}
