using System.IO;
using System.Linq;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary>Bad arguments get one clear message on standard error, exit code 2, and never a stack
/// trace.</summary>
public class ArgumentErrorTests
{
    private static readonly string Minimal = Files.Sample("minimal.assessment.json");

    public static TheoryData<string[], string> BadCommandLines => new()
    {
        { new string[0], "Required command" },
        { new[] { "frobnicate" }, "frobnicate" },
        { new[] { "validate", "x.json", "--no-such-option" }, "--no-such-option" },
        { new[] { "validate" }, "Required argument" },
        { new[] { "analyze", Minimal, "--format", "pdf" }, "pdf" },
        { new[] { "analyze", Minimal, "--area", "no-such-area" }, "no-such-area" },
        { new[] { "analyze", Minimal, "--locality", "atlantis" }, "atlantis" },
        { new[] { "analyze", "no-such-assessment.json" }, "no such file" },
        { new[] { "analyze", Minimal, "--baseline", "no-such-baseline.json" }, "no such file" },
        { new[] { "analyze", Minimal, "--framework", "no-such-framework.json" }, "no such file" },
        { new[] { "guide" }, "--informant-type" },
        { new[] { "guide", "--informant-type", "journalist" }, "journalist" },
        { new[] { "framework", "--format", "xml" }, "xml" },
        { new[] { "analyze", Minimal, "--shareable", "--k", "abc" }, "--k must be a whole number" },
        { new[] { "redact", Minimal, "--k", "1.5" }, "--k must be a whole number" },
        { new[] { "analyze", Minimal, "--k", "3" }, "--k applies only with --shareable" },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void BadCommandLine_ExitsWithTwoAndOneClearMessage(string[] args, string named)
    {
        var run = Tool.Cached(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Theory]
    [InlineData("redact")]
    [InlineData("analyze", "--shareable")]
    public void K_WhereItApplies_IsAccepted(params string[] verbAndOptions)
    {
        var run = Tool.Cached(verbAndOptions.Take(1).Append(Minimal).Concat(verbAndOptions.Skip(1))
            .Concat(new[] { "--k", "3" }).ToArray());

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("--k", run.Stderr);
    }

    [Fact]
    public void Analyze_OutIntoAMissingDirectory_IsABadArgument()
    {
        var target = Path.Combine(Files.Scratch(), "missing", "report.md");

        var run = Tool.Run("analyze", Minimal, "--out", target);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Analyze_InvalidAssessment_ExitsWithOneAndListsItsProblems()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"kind\": \"tipassessment.assessment\"}");
        var path = ValidateVerbTests.Write("broken.json", bytes);

        var run = Tool.Run("analyze", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error", run.Stderr);
        Assert.Contains("invalid", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Help_ExitsWithZeroAndNamesEveryVerb()
    {
        var run = Tool.Cached("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var verb in new[] { "validate", "analyze", "framework", "guide" })
        {
            Assert.Contains(verb, run.Stdout);
        }
    }
}
