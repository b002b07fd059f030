using System.IO;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;

namespace TipAssessment.DependencyInjection;

/// <summary>
/// Imports assessment documents against the registered framework with the registered limits
/// (<see cref="TipAssessmentOptions.Import"/>). Implementations registered by
/// <see cref="TipAssessmentServiceCollectionExtensions"/> are stateless and safe to use from many threads.
/// </summary>
public interface IAssessmentImporter
{
    /// <summary>The framework every document is checked against; never <see langword="null"/>.</summary>
    AssessmentFramework Framework { get; }

    /// <summary>
    /// Imports an assessment from JSON text. Problems in the data (malformed JSON, schema errors, unknown
    /// question ids...) are returned in <see cref="ImportResult{T}.Problems"/> with their JSON Pointers, and
    /// <see cref="ImportResult{T}.Value"/> is <see langword="null"/> when any of them is an error.
    /// </summary>
    /// <param name="json">The document; must not be <see langword="null"/>.</param>
    /// <returns>The assessment, or <see langword="null"/> with the problems that prevent it.</returns>
    ImportResult<Assessment> Import(string json);

    /// <summary>Imports an assessment from a UTF-8 JSON stream; see <see cref="Import(string)"/>.</summary>
    /// <param name="utf8Json">A readable stream, not disposed here; must not be
    /// <see langword="null"/>.</param>
    /// <returns>The assessment, or <see langword="null"/> with the problems that prevent it.</returns>
    ImportResult<Assessment> Import(Stream utf8Json);

    /// <summary>
    /// Imports an assessment from a file; a file that cannot be read is reported as a problem, not thrown.
    /// </summary>
    /// <param name="path">The file's path; must not be <see langword="null"/> or empty.</param>
    /// <returns>The assessment, or <see langword="null"/> with the problems that prevent it.</returns>
    ImportResult<Assessment> ImportFile(string path);
}
