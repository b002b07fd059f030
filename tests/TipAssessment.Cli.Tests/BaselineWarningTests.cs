using System.IO;
using System.Text.Json.Nodes;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary><c>analyze --baseline</c> warns when the two rounds look unfit to compare, and still compares
/// them.</summary>
public class BaselineWarningTests
{
    private static readonly string Minimal = Files.Sample("minimal.assessment.json");

    [Fact]
    public void Analyze_TheSameFileAsItsOwnBaseline_WarnsAndStillSucceeds()
    {
        var run = Tool.Cached("analyze", Minimal, "--baseline", Minimal);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning rounds.same-id", run.Stderr);
        Assert.Contains("warning rounds.out-of-order", run.Stderr);
        Assert.Contains("## Changes since the baseline", run.Stdout);
    }

    [Fact]
    public void Analyze_ABaselineOfAnotherCountryAndLaterPeriod_WarnsOfBoth()
    {
        var baseline = Baseline(country: "BD", start: "2025-03", end: "2025-12");

        var run = Tool.Run("analyze", Minimal, "--baseline", baseline);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning rounds.country-differs at /country", run.Stderr);
        Assert.Contains("warning rounds.out-of-order at /period/end", run.Stderr);
        Assert.DoesNotContain("rounds.same-id", run.Stderr);
    }

    [Fact]
    public void Analyze_AnEarlierRoundOfTheSamePlace_GivesNoRoundWarning()
    {
        var baseline = Baseline(country: "NP", start: "2023-01", end: "2023-12");

        var run = Tool.Run("analyze", Minimal, "--baseline", baseline);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("rounds.", run.Stderr);
    }

    /// <summary>A copy of the minimal sample with another id, country and period.</summary>
    private static string Baseline(string country, string start, string end)
    {
        var document = JsonNode.Parse(File.ReadAllText(Minimal))!.AsObject();
        document["id"] = "example-minimal-baseline";
        document["country"] = country;
        document["period"] = new JsonObject { ["start"] = start, ["end"] = end };
        return ValidateVerbTests.Write("baseline.assessment.json", System.Text.Encoding.UTF8.GetBytes(
            document.ToJsonString()));
    }
}
