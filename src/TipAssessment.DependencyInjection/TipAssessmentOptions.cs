using System;
using System.IO;
using TipAssessment.Analysis;
using TipAssessment.Serialization;

namespace TipAssessment.DependencyInjection;

/// <summary>
/// What <see cref="TipAssessmentServiceCollectionExtensions.AddTipAssessment(
/// Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{TipAssessmentOptions})"/>
/// registers: where the framework comes from, the import limits and the analysis options.
/// </summary>
/// <remarks>
/// Mutable only while the container is being configured; the services read it once, on first resolve, and
/// validate it then (an invalid combination throws
/// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> listing every problem).
/// At most one of <see cref="FrameworkPath"/> and <see cref="FrameworkStream"/> may be set; with neither,
/// the standard framework embedded in TipAssessment.Core is used.
/// </remarks>
public sealed class TipAssessmentOptions
{
    /// <summary>
    /// The path of a framework document (a tailored or translated framework) to load instead of the standard
    /// one, or <see langword="null"/> (the default) for the standard framework. Read once, when the framework
    /// is first resolved.
    /// </summary>
    public string? FrameworkPath { get; set; }

    /// <summary>
    /// A factory that opens a stream holding a framework document (UTF-8 JSON), or <see langword="null"/>
    /// (the default) for the standard framework. Called once, when the framework is first resolved; the
    /// stream is disposed after reading.
    /// </summary>
    public Func<Stream>? FrameworkStream { get; set; }

    /// <summary>
    /// The limits for importing assessments (size in bytes, nesting depth); never <see langword="null"/> once
    /// validated. Defaults to <see cref="AssessmentImportOptions.Default"/>.
    /// </summary>
    public AssessmentImportOptions Import { get; set; } = AssessmentImportOptions.Default;

    /// <summary>
    /// The scoring and gap options every analysis uses; never <see langword="null"/> once validated and
    /// without a baseline (a baseline belongs to one call, not to the container). Defaults to
    /// <see cref="AnalysisOptions.Default"/>.
    /// </summary>
    public AnalysisOptions Analysis { get; set; } = AnalysisOptions.Default;
}
