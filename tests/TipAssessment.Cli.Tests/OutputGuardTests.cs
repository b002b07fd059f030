using System.IO;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary>--out never replaces a document the tool is reading, however the path is spelled.</summary>
public class OutputGuardTests
{
    [Fact]
    public void Analyze_OutNamingTheInput_IsRefusedAndTheInputIsKept()
    {
        var input = CopyOfMinimal();
        var before = File.ReadAllBytes(input);

        var run = Tool.Run("analyze", input, "--out", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("refusing to write over", run.Stderr);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void Analyze_OutNamingTheBaselineThroughASymbolicLink_IsRefused()
    {
        var baseline = CopyOfMinimal();
        var link = Path.Combine(Path.GetDirectoryName(baseline)!, "link-to-baseline.md");
        File.CreateSymbolicLink(link, baseline);
        var before = File.ReadAllBytes(baseline);

        var run = Tool.Run("analyze", CopyOfMinimal(), "--baseline", baseline, "--out", link);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(baseline));
    }

    [Fact]
    public void Analyze_OutNamingADirectory_SaysItIsADirectory()
    {
        var run = Tool.Run("analyze", CopyOfMinimal(), "--out", Files.Scratch());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a directory", run.Stderr);
    }

    private static string CopyOfMinimal()
    {
        var path = Path.Combine(Files.Scratch(), "assessment.json");
        File.Copy(Files.Sample("minimal.assessment.json"), path);
        return path;
    }
}
