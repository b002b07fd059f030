using System.IO;
using System.Text.Json;
using Json.Schema;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary><c>analyze --format json</c>: the analysis document, valid against
/// schemas/analysis.schema.json.</summary>
public class JsonFormatTests
{
    // Built once, in its own registry: JsonSchema.Net refuses to register the same $id twice globally.
    private static readonly JsonSchema Schema = JsonSchema.Build(
        Files.Parse(Files.AnalysisSchemaPath),
        new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 });

    private static readonly EvaluationOptions ListOutput = new() { OutputFormat = OutputFormat.List };

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Json_Sample_IsValidAgainstTheAnalysisSchema(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample), "--format", "json");
        using var document = JsonDocument.Parse(run.Stdout);

        var result = Schema.Evaluate(document.RootElement, ListOutput);

        Assert.Equal(0, run.ExitCode);
        Assert.True(result.IsValid, string.Join("\n", Errors(result)));
        Assert.Equal("tipassessment.analysis", document.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void Json_WithABaseline_IsValidAndCarriesTheComparison()
    {
        var sample = Files.Sample("minimal.assessment.json");
        var run = Tool.Cached("analyze", sample, "--baseline", sample, "--format", "json");
        using var document = JsonDocument.Parse(run.Stdout);

        var result = Schema.Evaluate(document.RootElement, ListOutput);

        Assert.True(result.IsValid, string.Join("\n", Errors(result)));
        Assert.True(document.RootElement.TryGetProperty("comparison", out _));
    }

    private static System.Collections.Generic.IEnumerable<string> Errors(EvaluationResults results)
    {
        foreach (var detail in results.Details ?? new System.Collections.Generic.List<EvaluationResults>())
        {
            if (detail.Errors is null)
            {
                continue;
            }

            foreach (var error in detail.Errors)
            {
                yield return detail.InstanceLocation + ": " + error.Value;
            }
        }
    }
}
