using System;
using System.IO;
using System.Linq;

namespace TipAssessment.Tests.Serialization;

/// <summary>Where the test output's copies of the seeds and schemas are.</summary>
internal static class SampleFiles
{
    public static string Seeds => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string Minimal => Path.Combine(Seeds, "samples", "minimal.assessment.json");

    public static string AssessmentSchema =>
        Path.Combine(AppContext.BaseDirectory, "schemas", "assessment.schema.json");

    /// <summary>Every <c>*.assessment.json</c> under <c>seeds/</c>, at any depth, in ordinal order.</summary>
    public static string[] SeedAssessments() =>
        Directory.GetFiles(Seeds, "*.assessment.json", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
}
