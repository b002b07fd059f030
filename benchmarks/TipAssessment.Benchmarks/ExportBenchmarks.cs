using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TipAssessment.Assessments;
using TipAssessment.Serialization;

namespace TipAssessment.Benchmarks;

/// <summary>
/// Export beside its floor: source-generated serialisation of the same document as plain classes.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private Assessment _model = null!;
    private AssessmentDto _dto = null!;

    [ParamsSource(nameof(Scales))]
    public Scale Scale { get; set; }

    public static IEnumerable<Scale> Scales => Documents.Among(Scale.Small, Scale.Medium);

    [GlobalSetup]
    public void Setup()
    {
        _model = Documents.Model(Scale);
        _dto = JsonSerializer.Deserialize(Documents.Bytes(Scale), PlainJsonContext.Default.AssessmentDto)!;
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen serialise")]
    public byte[] Serialize() =>
        JsonSerializer.SerializeToUtf8Bytes(_dto, PlainJsonContext.Default.AssessmentDto);

    [Benchmark(Description = "AssessmentJson.ExportUtf8")]
    public byte[] Export() => AssessmentJson.ExportUtf8(_model);
}
