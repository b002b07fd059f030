using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using System.Threading;
using Json.Schema;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>
/// Validates documents against the JSON Schemas embedded in this assembly (<c>schemas/*.schema.json</c>,
/// draft 2020-12) and turns the failures into <see cref="Problem"/> values a person can act on.
/// </summary>
/// <remarks>
/// Each schema is built once per process, lazily and thread-safely, in a private
/// <see cref="SchemaRegistry"/> so that it never collides with JsonSchema.Net's global registry (which
/// throws when the same <c>$id</c> is built twice). Evaluation is thread-safe. A valid document costs one
/// flag-only evaluation; the detailed list is computed only when it fails.
/// </remarks>
internal static class SchemaValidation
{
    private const string ResourcePrefix = "TipAssessment.schemas.";

    private static readonly ConcurrentDictionary<string, Lazy<LoadedSchema>> Schemas =
        new(StringComparer.Ordinal);

    private static readonly EvaluationOptions FlagOnly = new() { OutputFormat = OutputFormat.Flag };

    private static readonly EvaluationOptions Detailed = new() { OutputFormat = OutputFormat.List };

    /// <summary>
    /// Validates <paramref name="instance"/> against the embedded schema of that file name (for example
    /// <c>assessment.schema.json</c>). Returns no problems when it is valid; otherwise every problem,
    /// deduplicated and sorted by pointer, then code, then message.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// No schema of that name is embedded (a packaging bug).
    /// </exception>
    public static ImmutableArray<Problem> Validate(JsonElement instance, string schemaFileName)
    {
        Guard.NotNullOrEmpty(schemaFileName, nameof(schemaFileName));
        var schema = Schemas.GetOrAdd(
            schemaFileName,
            name => new Lazy<LoadedSchema>(() => Load(name), LazyThreadSafetyMode.ExecutionAndPublication))
            .Value;
        if (schema.Schema.Evaluate(instance, FlagOnly).IsValid)
        {
            return ImmutableArray<Problem>.Empty;
        }

        var results = schema.Schema.Evaluate(instance, Detailed);
        return SchemaProblemMapper.Map(results, instance, schema.Source.RootElement);
    }

    /// <summary>The embedded schema's text, for tools and tests that want to show or check it.</summary>
    /// <exception cref="InvalidOperationException">
    /// No schema of that name is embedded (a packaging bug).
    /// </exception>
    public static string ReadText(string schemaFileName)
    {
        using var stream = OpenResource(schemaFileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static LoadedSchema Load(string schemaFileName)
    {
        using var stream = OpenResource(schemaFileName);
        var source = JsonDocument.Parse(stream);
        var options = new BuildOptions
        {
            SchemaRegistry = new SchemaRegistry(),
            Dialect = Dialect.Draft202012,
        };
        return new LoadedSchema(JsonSchema.Build(source.RootElement, options), source);
    }

    private static Stream OpenResource(string schemaFileName) =>
        typeof(SchemaValidation).Assembly.GetManifestResourceStream(ResourcePrefix + schemaFileName)
        ?? throw new InvalidOperationException(
            $"The schema \"{schemaFileName}\" is not embedded in the assembly.");

    // The source document stays alive for the process: the schema refers to it, and messages quote it.
    private sealed record LoadedSchema(JsonSchema Schema, JsonDocument Source);
}
