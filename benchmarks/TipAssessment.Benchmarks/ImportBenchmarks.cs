using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Serialization;

namespace TipAssessment.Benchmarks;

/// <summary>
/// Import with full validation beside its floors: plain source-generated deserialisation (the baseline)
/// and a bare <see cref="Utf8JsonReader"/> pass over the same bytes.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private byte[] _bytes = [];
    private AssessmentFramework _framework = null!;

    [ParamsSource(nameof(Scales))]
    public Scale Scale { get; set; }

    public static IEnumerable<Scale> Scales => Documents.Among(Scale.Small, Scale.Medium);

    [GlobalSetup]
    public void Setup()
    {
        _framework = Documents.Framework;
        _bytes = Documents.Bytes(Scale);
    }

    [Benchmark(Description = "Utf8JsonReader pass")]
    public int ReaderPass()
    {
        var reader = new Utf8JsonReader(_bytes);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen deserialise")]
    public AssessmentDto? Deserialize() =>
        JsonSerializer.Deserialize(_bytes, PlainJsonContext.Default.AssessmentDto);

    [Benchmark(Description = "AssessmentJson.Import (bytes)")]
    public ImportResult<Assessment> Import() => AssessmentJson.Import(_bytes, _framework);

    [Benchmark(Description = "AssessmentJson.Import (stream)")]
    public ImportResult<Assessment> ImportStream()
    {
        using var stream = new MemoryStream(_bytes, false);
        return AssessmentJson.Import(stream, _framework);
    }
}
