using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Serialization;

namespace TipAssessment.Benchmarks;

/// <summary>
/// The synthetic documents, built once per process and scale, and the scales a run measures.
/// </summary>
internal static class Documents
{
    private static readonly ConcurrentDictionary<Scale, Lazy<Assessment>> Models = new();

    /// <summary>Set by <c>--smoke</c>: only the smallest scale is measured.</summary>
    public static bool SmokeOnly { get; set; }

    public static AssessmentFramework Framework => StandardFramework.Load();

    public static IEnumerable<Scale> Among(params Scale[] scales) =>
        SmokeOnly ? scales.Take(1) : scales;

    public static Assessment Model(Scale scale) =>
        Models.GetOrAdd(scale, s => new Lazy<Assessment>(() => SyntheticAssessments.Build(Framework, s)))
            .Value;

    /// <summary>The document as exported UTF-8 bytes, checked to import with no errors.</summary>
    public static byte[] Bytes(Scale scale)
    {
        var bytes = AssessmentJson.ExportUtf8(Model(scale));
        using var stream = new System.IO.MemoryStream(bytes, false);
        var result = AssessmentJson.Import(stream, Framework);
        if (result.Value is null || result.Problems.Length > 0)
        {
            throw new InvalidOperationException(
                "The synthetic document does not import cleanly: "
                + string.Join("; ", result.Problems.Take(5)));
        }

        return bytes;
    }
}
