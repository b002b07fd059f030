using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Gaps;
using TipAssessment.Scoring;

namespace TipAssessment.Benchmarks;

/// <summary>
/// Scoring (with triangulation), gap derivation and the full analysis of a model built in memory, beside
/// their floor: one pass that tallies each response's rating by question and locality.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private Assessment _model = null!;
    private AssessmentFramework _framework = null!;
    private ScoringResult _scoring = null!;

    [ParamsSource(nameof(Scales))]
    public Scale Scale { get; set; }

    public static IEnumerable<Scale> Scales => Documents.Among(Scale.Small, Scale.Medium, Scale.Large);

    [GlobalSetup]
    public void Setup()
    {
        _framework = Documents.Framework;
        _model = Documents.Model(Scale);
        _scoring = ScoringEngine.Score(_framework, _model);
    }

    [Benchmark(Baseline = true, Description = "floor: tally by question and locality")]
    public int Tally()
    {
        var tally = new Dictionary<(string, string?), int[]>();
        foreach (var response in _model.Responses)
        {
            if (!tally.TryGetValue((response.Question, response.Locality), out var counts))
            {
                counts = new int[8];
                tally.Add((response.Question, response.Locality), counts);
            }

            counts[(response.Rating.Level ?? 6) + 1]++;
        }

        return tally.Count;
    }

    [Benchmark(Description = "ScoringEngine.Score")]
    public ScoringResult Score() => ScoringEngine.Score(_framework, _model);

    [Benchmark(Description = "GapDeriver.Derive")]
    public GapChart Derive() => GapDeriver.Derive(_scoring);

    [Benchmark(Description = "AssessmentAnalyzer.Analyze")]
    public AssessmentAnalysis Analyze() => AssessmentAnalyzer.Analyze(_framework, _model);
}
