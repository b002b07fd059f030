using System.IO;
using System.Linq;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary><c>analyze --shareable</c> in every report format: the suppressed cells say so.</summary>
public class ShareableFormatTests
{
    private static string Nepal => Files.Sample("nepal-reconstructed.assessment.json");

    [Theory]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("csv")]
    [InlineData("scores-csv")]
    public void AnalyzeShareable_InAReportFormat_SucceedsAndShowsSuppressedCells(string format)
    {
        var run = Tool.Cached("analyze", Nepal, "--shareable", "--k", "5", "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("suppressed (fewer than 5 informants)", run.Stdout);
    }

    [Fact]
    public void AnalyzeShareable_WithABaseline_IsABadArgument()
    {
        var run = Tool.Cached("analyze", Nepal, "--shareable", "--baseline", Nepal, "--format", "markdown");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("--shareable cannot be combined with --baseline.", run.Stderr);
        // Refused before the files are read: no warnings about the two rounds.
        Assert.DoesNotContain(Nepal, run.Stderr);
    }

    [Fact]
    public void AnalyzeShareable_WithABaseline_IsRefusedBeforeLookingForTheFiles()
    {
        var missing = Path.Combine(Files.Scratch(), "no-such.assessment.json");

        var run = Tool.Run("analyze", missing, "--shareable", "--baseline", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--shareable cannot be combined with --baseline.", run.Stderr);
        Assert.DoesNotContain("no such file", run.Stderr);
    }

    [Fact]
    public void AnalyzeShareable_AsMarkdown_ShowsNoInformantCodeOfTheSample()
    {
        var codes = Files.Parse(Nepal).GetProperty("informants").EnumerateArray()
            .Select(i => i.GetProperty("code").GetString()!).ToList();

        var run = Tool.Cached("analyze", Nepal, "--shareable", "--format", "markdown");

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.DoesNotContain(code, run.Stdout));
    }
}
