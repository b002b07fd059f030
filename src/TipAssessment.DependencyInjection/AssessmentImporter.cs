using System.IO;
using Microsoft.Extensions.Options;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Serialization;

namespace TipAssessment.DependencyInjection;

/// <summary>The registered <see cref="IAssessmentImporter"/>: AssessmentJson with injected
/// settings.</summary>
internal sealed class AssessmentImporter : IAssessmentImporter
{
    private readonly AssessmentImportOptions _options;

    public AssessmentImporter(AssessmentFramework framework, IOptions<TipAssessmentOptions> options)
    {
        Framework = Guard.NotNull(framework, nameof(framework));
        _options = Guard.NotNull(options, nameof(options)).Value.Import;
    }

    public AssessmentFramework Framework { get; }

    public ImportResult<Assessment> Import(string json) => AssessmentJson.Import(json, Framework, _options);

    public ImportResult<Assessment> Import(Stream utf8Json) =>
        AssessmentJson.Import(utf8Json, Framework, _options);

    public ImportResult<Assessment> ImportFile(string path) =>
        AssessmentJson.ImportFile(path, Framework, _options);
}
