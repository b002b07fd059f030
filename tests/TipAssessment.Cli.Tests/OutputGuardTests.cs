using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary>--out never replaces a document the tool is reading, however the path is spelled, and never
/// changes an existing file's contents in place: the output is written whole to a new file, then moved over
/// the old name.</summary>
public class OutputGuardTests
{
    private const string OlderReport = "an older report\n";

    private static readonly string Minimal = Files.Sample("minimal.assessment.json");
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

    [Fact]
    public void Analyze_OutNamingAHardLinkToTheInput_KeepsTheInputAndWritesTheReport()
    {
        var input = CopyOfMinimal();
        var alias = Path.Combine(Path.GetDirectoryName(input)!, "alias.md");
        HardLink(input, alias);
        var before = File.ReadAllBytes(input);

        var run = Tool.Run("analyze", input, "--out", alias);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.StartsWith("# Gap analysis", File.ReadAllText(alias));
    }

    [Fact]
    public void Analyze_OutNamingAnInputInOtherLetterCase_IsRefused()
    {
        // On a file system that ignores case (macOS, Windows) the upper-case name is the input itself; on
        // one that does not, it is made a file of its own, which the tool refuses all the same.
        var input = CopyOfMinimal();
        var upper = Path.Combine(Path.GetDirectoryName(input)!, "ASSESSMENT.JSON");
        if (!File.Exists(upper))
        {
            File.WriteAllText(upper, OlderReport);
        }

        var before = File.ReadAllBytes(input);
        var beforeUpper = File.ReadAllBytes(upper);

        var run = Tool.Run("analyze", input, "--out", upper);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("refusing to write over", run.Stderr);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Equal(beforeUpper, File.ReadAllBytes(upper));
    }

    [Fact]
    public void Analyze_OutOverAnExistingFile_ReplacesItWholeAndKeepsItsPermissions()
    {
        var directory = Files.Scratch();
        var output = Path.Combine(directory, "report.md");
        var otherName = Path.Combine(directory, "older-report.md");
        File.WriteAllText(output, OlderReport);
        HardLink(output, otherName);
        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(output, ownerOnly);
        }

        var run = Tool.Run("analyze", Minimal, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Gap analysis", File.ReadAllText(output));
        Assert.Equal(OlderReport, File.ReadAllText(otherName));
        Assert.Equal(new[] { "older-report.md", "report.md" }, Names(directory));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(ownerOnly, File.GetUnixFileMode(output));
        }
    }

    [Fact]
    public void Analyze_WriteFailingPartWay_LeavesTheExistingOutFileAsItWasAndNoTemporaryFile()
    {
        var directory = Files.Scratch();
        var output = Path.Combine(directory, "report.md");
        File.WriteAllText(output, OlderReport);

        ToolRun run;
        if (OperatingSystem.IsWindows())
        {
            // No file size limit to set there: a read-only file is the write that fails.
            File.SetAttributes(output, FileAttributes.ReadOnly);
            run = Tool.Run("analyze", Minimal, "--out", output);
            File.SetAttributes(output, FileAttributes.Normal);
        }
        else
        {
            // 4 blocks of at most 1 KiB: the report (over 10 KB) cannot be written whole.
            run = Tool.RunWithFileSizeLimit(4, "analyze", Minimal, "--out", output);
        }

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write", run.Stderr);
        Assert.Equal(OlderReport, File.ReadAllText(output));
        Assert.Equal(new[] { "report.md" }, Names(directory));
    }

    /// <summary>Makes <paramref name="link"/> a second name of <paramref name="existing"/>: .NET has no call
    /// for it, so with <c>ln</c>, or <c>mklink /H</c> on Windows.</summary>
    private static void HardLink(string existing, string link)
    {
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/c", "mklink", "/H", link, existing } }
            : new ProcessStartInfo("ln") { ArgumentList = { existing, link } };
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("no link made.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"making the hard link failed: {output.Result} {error}");
        Assert.True(File.Exists(link));
    }

    private static string[] Names(string directory) =>
        Directory.GetFileSystemEntries(directory).Select(Path.GetFileName).OfType<string>()
            .OrderBy(n => n, StringComparer.Ordinal).ToArray();

    private static string CopyOfMinimal()
    {
        var path = Path.Combine(Files.Scratch(), "assessment.json");
        File.Copy(Files.Sample("minimal.assessment.json"), path);
        return path;
    }
}
