using System;
using System.IO;
using TipAssessment.Assessments;
using TipAssessment.DependencyInjection;

namespace TipAssessment.WebApi;

/// <summary>The bundled example assessment (seeds/samples/minimal.assessment.json, copied next to the
/// app).</summary>
internal static class ExampleAssessment
{
    public static Assessment Load(IAssessmentImporter importer) =>
        importer.ImportFile(Path.Combine(AppContext.BaseDirectory, "minimal.assessment.json"))
            .GetValueOrThrow();
}
