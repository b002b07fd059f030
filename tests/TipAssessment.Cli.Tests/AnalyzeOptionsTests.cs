using System.IO;
using System.Linq;
using TipAssessment.Tests.Reports;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary><c>analyze</c>'s options: areas, localities, a baseline, an output file, a language,
/// progress.</summary>
public class AnalyzeOptionsTests
{
    private static readonly string Minimal = Files.Sample("minimal.assessment.json");

    [Fact]
    public void Area_Repeated_ChartsOnlyThoseAreas()
    {
        var run = Tool.Cached(
            "analyze", Minimal, "--area", "protection", "--area", "prosecution", "--format", "csv");

        var areas = CsvText.Parse(run.Stdout).Skip(1).Select(r => r[1]).Distinct().ToList();
        Assert.Equal(0, run.ExitCode);
        Assert.NotEmpty(areas);
        Assert.All(areas, a => Assert.Contains(a, new[] { "protection", "prosecution" }));
    }

    [Fact]
    public void Locality_ChartsOnlyThatLocalitysShortfalls()
    {
        var all = CsvText.Parse(Tool.Cached("analyze", Minimal, "--format", "csv").Stdout).Skip(1).ToList();
        var run = Tool.Cached("analyze", Minimal, "--locality", "dist-b", "--format", "csv");

        var rows = CsvText.Parse(run.Stdout).Skip(1).ToList();
        Assert.Contains(all, r => r[7].Contains("dist-a"));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.DoesNotContain("dist-a", r[7]));
    }

    [Fact]
    public void Out_WritesTheFileAndNothingToStandardOutput()
    {
        var path = Path.Combine(Files.Scratch(), "report.html");

        var run = Tool.Run("analyze", Minimal, "--format", "html", "--out", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(Tool.Cached("analyze", Minimal, "--format", "html").Stdout, File.ReadAllText(path));
    }

    [Fact]
    public void Baseline_AddsTheChangesSinceTheBaseline()
    {
        var run = Tool.Cached("analyze", Minimal, "--baseline", Minimal);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\n## Changes since the baseline\n", run.Stdout);
        Assert.DoesNotContain("\n## Changes since the baseline\n", Tool.Cached("analyze", Minimal).Stdout);
    }

    [Fact]
    public void Language_WithATranslation_WritesQuestionTextsInThatLanguage()
    {
        var french = Files.Framework.GetProperty("translations").GetProperty("fr").GetProperty("questions");
        var run = Tool.Cached("analyze", Minimal, "--format", "scores-csv", "--language", "fr");

        var records = CsvText.Parse(run.Stdout).Skip(1).ToList();
        var translated = records.Where(r => french.TryGetProperty(r[7], out _)).ToList();
        Assert.Equal(0, run.ExitCode);
        Assert.NotEmpty(translated);
        Assert.All(translated, r => Assert.Equal(french.GetProperty(r[7]).GetString(), r[8]));
    }

    [Fact]
    public void Language_WithoutATranslation_WarnsAndKeepsTheDefaultLanguage()
    {
        var run = Tool.Cached("analyze", Minimal, "--format", "scores-csv", "--language", "sw");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no 'sw' translation", run.Stderr);
        Assert.Equal(Tool.Cached("analyze", Minimal, "--format", "scores-csv").Stdout, run.Stdout);
    }

    [Fact]
    public void Progress_WhenAskedFor_GoesToStandardErrorOnly()
    {
        var quiet = Tool.Cached("analyze", Minimal);
        var run = Tool.Run(new[] { "TIPASSESS_PROGRESS", "1" }, "analyze", Minimal);

        Assert.Contains("tipassess: scoring", run.Stderr);
        Assert.DoesNotContain("tipassess: scoring", quiet.Stderr);
        Assert.Equal(quiet.Stdout, run.Stdout);
    }
}
