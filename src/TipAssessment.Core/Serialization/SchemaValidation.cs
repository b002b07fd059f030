using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    public static ImmutableArray<Problem> Validate(JsonElement instance, string schemaFileName) =>
        Validate(instance, schemaFileName, Array.Empty<ProvenArray>());

    /// <summary>
    /// As <see cref="Validate(JsonElement, string)"/>, with the same result, but when a hand-written proof
    /// vouches for every item of the root's arrays named in <paramref name="proven"/>, the flag-only pass
    /// uses a copy of the schema whose <c>items</c> of those arrays is <c>true</c>. That copy accepts the
    /// document exactly when the schema does: <c>items</c> holds when every item holds, and the proofs
    /// are sound. A document that fails, or that a proof cannot vouch for, is evaluated by the full schema.
    /// </summary>
    public static ImmutableArray<Problem> Validate(
        JsonElement instance,
        string schemaFileName,
        IReadOnlyList<ProvenArray> proven)
    {
        Guard.NotNullOrEmpty(schemaFileName, nameof(schemaFileName));
        Guard.NotNull(proven, nameof(proven));
        var schema = Get(schemaFileName, proven: null);
        var quick = proven.Count > 0 && AllProven(instance, proven) ? Get(schemaFileName, proven) : schema;
        if (quick.Schema.Evaluate(instance, FlagOnly).IsValid)
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

    private static LoadedSchema Get(string schemaFileName, IReadOnlyList<ProvenArray>? proven)
    {
        var key = proven is null
            ? schemaFileName
            : schemaFileName + "#" + string.Join(",", proven.Select(p => p.Member));
        return Schemas.GetOrAdd(
            key,
            _ => new Lazy<LoadedSchema>(
                () => Load(schemaFileName, proven),
                LazyThreadSafetyMode.ExecutionAndPublication))
            .Value;
    }

    private static bool AllProven(JsonElement instance, IReadOnlyList<ProvenArray> proven)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var array in proven)
        {
            if (instance.TryGetProperty(array.Member, out var items)
                && (items.ValueKind != JsonValueKind.Array || !items.EnumerateArray().All(array.Proves)))
            {
                return false;
            }
        }

        return true;
    }

    private static LoadedSchema Load(string schemaFileName, IReadOnlyList<ProvenArray>? proven)
    {
        var text = ReadText(schemaFileName);
        var evaluated = JsonNode.Parse(text)!;
        if (proven is not null)
        {
            WithoutItems(evaluated, proven);
        }

        EndAnchors(evaluated);
        var built = JsonDocument.Parse(evaluated.ToJsonString());
        var options = new BuildOptions
        {
            SchemaRegistry = new SchemaRegistry(),
            Dialect = Dialect.Draft202012,
        };

        // Messages quote the schema as published; it is evaluated with end anchors that mean what they
        // mean in ECMA-262.
        return new LoadedSchema(JsonSchema.Build(built.RootElement, options), JsonDocument.Parse(text), built);
    }

    /// <summary>
    /// Makes every pattern's final <c>$</c> match only at the end of the string, as ECMA-262 (which JSON
    /// Schema's <c>pattern</c> follows) says and Ajv does. .NET's <c>$</c> also matches before a final line
    /// feed, so without this <c>"NP\n"</c> would pass <c>^[A-Z]{2}$</c>. The anchor becomes
    /// <c>(?![\s\S])</c> ("no character follows"), which both regex dialects read the same way.
    /// </summary>
    internal static void EndAnchors(JsonNode node)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var name in members.Select(m => m.Key).ToList())
                {
                    var value = members[name];
                    if (name == "pattern" && value is JsonValue pattern && pattern.TryGetValue<string>(out var regex))
                    {
                        members[name] = JsonValue.Create(EndAnchor(regex));
                    }
                    else if (name == "patternProperties" && value is JsonObject byPattern)
                    {
                        var renamed = new JsonObject();
                        foreach (var key in byPattern.Select(m => m.Key).ToList())
                        {
                            var schema = byPattern[key];
                            byPattern.Remove(key);
                            renamed[EndAnchor(key)] = schema;
                        }

                        members[name] = renamed;
                    }

                    if (members[name] is { } child)
                    {
                        EndAnchors(child);
                    }
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        EndAnchors(item);
                    }
                }

                break;
        }
    }

    private static string EndAnchor(string regex)
    {
        // A final $ that is not itself escaped (an even number of backslashes before it).
        var backslashes = 0;
        for (var i = regex.Length - 2; i >= 0 && regex[i] == '\\'; i--)
        {
            backslashes++;
        }

        return regex.EndsWith("$", StringComparison.Ordinal) && backslashes % 2 == 0
            ? regex.Substring(0, regex.Length - 1) + "(?![\\s\\S])"
            : regex;
    }

    // Sets "items": true for each proven array of the root.
    private static void WithoutItems(JsonNode schema, IReadOnlyList<ProvenArray> proven)
    {
        foreach (var array in proven)
        {
            var property = schema["properties"]?[array.Member] as JsonObject;
            if (property is null || !property.ContainsKey("items"))
            {
                throw new InvalidOperationException(
                    $"The schema has no items for \"{array.Member}\"; its proof no longer matches it.");
            }

            property["items"] = JsonValue.Create(true);
        }
    }

    private static Stream OpenResource(string schemaFileName) =>
        typeof(SchemaValidation).Assembly.GetManifestResourceStream(ResourcePrefix + schemaFileName)
        ?? throw new InvalidOperationException(
            $"The schema \"{schemaFileName}\" is not embedded in the assembly.");

    // The documents stay alive for the process: the schema refers to the one it was built from, and
    // messages quote the published one.
    private sealed record LoadedSchema(JsonSchema Schema, JsonDocument Source, JsonDocument BuiltFrom);
}

/// <summary>
/// A member of a document's root holding an array, with a sound proof that one item satisfies the
/// schema's <c>items</c> for it (<see langword="true"/> only when it certainly does).
/// </summary>
/// <param name="Member">The root member's name.</param>
/// <param name="Proves">The proof for one item.</param>
internal sealed record ProvenArray(string Member, Func<JsonElement, bool> Proves);
