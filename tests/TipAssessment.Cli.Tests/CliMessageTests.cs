using System.IO;
using System.Linq;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary>Messages written for the tool's user, not for a library's caller.</summary>
public class CliMessageTests
{
    [Fact]
    public void UnknownVerb_PrintsOneErrorNamingItAndTheVerbs()
    {
        var run = Tool.Cached("frobnicate");

        var errors = run.Stderr.Split('\n').Where(l => l.StartsWith("tipassess:")).ToList();

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(errors);
        Assert.Contains("unknown verb 'frobnicate'", error);
        Assert.Contains("redact", error);
    }

    [Fact]
    public void UnknownOptionBeforeAVerb_PrintsOneError()
    {
        var run = Tool.Cached("--frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n'), l => l.StartsWith("tipassess:"));
        Assert.Contains("--frobnicate", run.Stderr);
    }

    [Fact]
    public void Validate_ADocumentNestedTooDeep_SaysWhatTheToolAcceptsNotALibraryOption()
    {
        var json = new string('[', 200) + new string(']', 200);
        var path = ValidateVerbTests.Write("deep.json", System.Text.Encoding.UTF8.GetBytes(json));

        var run = Tool.Run("validate", path);
        var output = run.Stdout + run.Stderr;

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("json.too-deep", output);
        Assert.Contains("deeper than tipassess accepts", output);
        Assert.DoesNotContain("MaxDepth", output);
    }

    [Fact]
    public void Validate_AFileLargerThanTheLimit_SaysWhatTheToolAcceptsNotALibraryOption()
    {
        var path = Path.Combine(Files.Scratch(), "large.json");
        using (var file = File.Create(path))
        {
            // A sparse file: its length is checked before anything is read.
            file.SetLength(65L * 1024 * 1024);
        }

        var run = Tool.Run("validate", path);
        var output = run.Stdout + run.Stderr;

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("json.too-large", output);
        Assert.Contains("larger than tipassess accepts", output);
        Assert.DoesNotContain("MaxBytes", output);
    }
}
