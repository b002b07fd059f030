using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TipAssessment.Reports;
using TipAssessment.Scoring;
using Xunit;

namespace TipAssessment.Tests.Reports;

public sealed class ScoresCsvTests
{
    [Fact]
    public void Render_WritesEveryMeasureOfEveryQuestionScore()
    {
        var analysis = ReportSamples.MinimalAnalysis;

        var records = CsvText.Parse(ScoresCsv.Render(analysis));

        Assert.Equal(ScoresCsv.Columns, records[0]);
        Assert.Equal(analysis.Scoring.Scores.Length * ScoresCsv.Measures.Length, records.Count - 1);
        Assert.All(records, r => Assert.Equal(ScoresCsv.Columns.Length, r.Count));
    }

    [Fact]
    public void Render_LevelAndNormalisedMatchTheEngine()
    {
        var analysis = ReportSamples.MinimalAnalysis;
        var records = CsvText.Parse(ScoresCsv.Render(analysis)).Skip(1).ToList();

        foreach (var score in analysis.Scoring.Scores.Where(s => s.HasLevel))
        {
            var scope = score.Scope.Kind == ScopeKind.Locality ? "locality" : score.Scope.ToString();
            var locality = score.Scope.Locality ?? string.Empty;
            var mine = records
                .Where(r => r[7] == score.Question && r[1] == scope && r[2] == locality)
                .ToList();
            Assert.Equal(score.Level!.Value, Value(mine, "level"), 2);
            Assert.Equal(score.Normalised!.Value, Value(mine, "normalised"), 2);
            Assert.Equal(score.Band, mine[0][9]);
        }
    }

    private static double Value(List<List<string>> records, string measure) =>
        double.Parse(records.Single(r => r[10] == measure)[11], CultureInfo.InvariantCulture);

    [Fact]
    public void Render_IsTheSameInEveryCulture()
    {
        var invariant = ScoresCsv.Render(ReportSamples.MinimalAnalysis);

        var german = ReportSamples.InCulture("de-DE", () => ScoresCsv.Render(ReportSamples.MinimalAnalysis));

        Assert.Equal(invariant, german);
    }
}
