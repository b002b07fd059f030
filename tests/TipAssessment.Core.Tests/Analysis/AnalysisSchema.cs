using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace TipAssessment.Tests.Analysis;

/// <summary>The repository's <c>schemas/analysis.schema.json</c>, built once with its own registry.</summary>
internal static class AnalysisSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(
            File.ReadAllText(Path),
            new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 }));

    public static string Path => System.IO.Path.Combine(
        AppContext.BaseDirectory,
        "schemas",
        "analysis.schema.json");

    /// <summary>Every violation as "location: message"; empty when the document is valid.</summary>
    public static List<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(
            document.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return new List<string>();
        }

        return (result.Details ?? (IReadOnlyList<EvaluationResults>)Array.Empty<EvaluationResults>())
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Key + " " + e.Value))
            .DefaultIfEmpty("invalid")
            .ToList();
    }
}
