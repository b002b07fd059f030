using System.Linq;
using System.IO;
using System.Text.Json;
using Json.Schema;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary><c>redact</c> and <c>analyze --shareable</c>: shareable documents from the command
/// line.</summary>
public class RedactVerbTests
{
    private static readonly JsonSchema AnalysisSchema = JsonSchema.Build(
        Files.Parse(Files.AnalysisSchemaPath),
        new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 });

    private static string Nepal => Files.Sample("nepal-reconstructed.assessment.json");

    [Fact]
    public void Redact_NepalSample_WritesACopyThatValidatesAndCarriesNoNotes()
    {
        var output = Path.Combine(Files.Scratch(), "shared.assessment.json");

        var run = Tool.Run("redact", Nepal, "--out", output);
        var validate = Tool.Run("validate", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, validate.ExitCode);
        using var document = JsonDocument.Parse(File.ReadAllText(output));
        Assert.True(document.RootElement.GetProperty("redaction").GetProperty("redacted").GetBoolean());
        foreach (var response in document.RootElement.GetProperty("responses").EnumerateArray())
        {
            Assert.False(response.TryGetProperty("notes", out _));
        }
    }

    [Fact]
    public void Analyze_ARedactedBaselineAgainstAnOriginal_IsAPlainArgumentError()
    {
        var redacted = Path.Combine(Files.Scratch(), "baseline.assessment.json");
        Tool.Run("redact", Nepal, "--out", redacted);

        var run = Tool.Run("analyze", Nepal, "--baseline", redacted);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be compared", run.Stderr);
        Assert.DoesNotContain("this is a bug", run.Stderr);
    }

    [Fact]
    public void Redact_AnInformantWithoutConsent_IsLeftOutAndTheToolSaysSo()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(
            File.ReadAllText(Files.Sample("minimal.assessment.json")))!;
        var code = document["informants"]![0]!["code"]!.GetValue<string>();
        document["informants"]![0]!["consent"]!["given"] = false;
        var theirs = document["responses"]!.AsArray().Count(r => r!["informant"]?.GetValue<string>() == code);
        var input = Path.Combine(Files.Scratch(), "withdrawn.assessment.json");
        File.WriteAllText(input, document.ToJsonString());
        var output = Path.Combine(Files.Scratch(), "shared.assessment.json");

        var run = Tool.Run("redact", input, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(
            $"left out 1 informant whose consent is not recorded as given, with {theirs} responses",
            run.Stderr);
        using var shared = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(
            document["responses"]!.AsArray().Count - theirs,
            shared.RootElement.GetProperty("responses").GetArrayLength());
    }

    [Fact]
    public void Redact_AnAlreadyRedactedCopy_IsRefusedAsInvalid()
    {
        var output = Path.Combine(Files.Scratch(), "once.assessment.json");
        Tool.Run("redact", Nepal, "--out", output);

        var again = Tool.Run("redact", output);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already a redacted copy", again.Stderr);
    }

    [Fact]
    public void Redact_WithKZero_IsABadArgument()
    {
        var run = Tool.Cached("redact", Nepal, "--k", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--k must be a whole number of at least 1", run.Stderr);
    }

    [Fact]
    public void AnalyzeShareable_NepalSample_IsValidAndRecordsK()
    {
        var run = Tool.Cached("analyze", Nepal, "--shareable", "--k", "6");
        using var document = JsonDocument.Parse(run.Stdout);

        var result = AnalysisSchema.Evaluate(document.RootElement);

        Assert.Equal(0, run.ExitCode);
        Assert.True(result.IsValid);
        Assert.Equal(6, document.RootElement.GetProperty("redaction").GetProperty("settings").GetProperty("k")
            .GetInt32());
        Assert.Contains("\"suppressed\": true", run.Stdout);
    }
}
