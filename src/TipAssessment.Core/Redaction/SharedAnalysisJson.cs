using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TipAssessment.Serialization;

namespace TipAssessment.Redaction;

/// <summary>
/// Writes a <see cref="SharedAnalysis"/> as a results document (valid against
/// <c>schemas/analysis.schema.json</c>) in which every suppressed cell keeps only what locates it and says
/// <c>"suppressed": true</c> with its reason, and a <c>redaction</c> member records the settings.
/// </summary>
/// <remarks>Deterministic (the same shared analysis gives the same text) and thread-safe. The text ends with
/// a line feed; two-space indentation, LF line ends, as <see cref="AnalysisJson"/> writes.</remarks>
public static class SharedAnalysisJson
{
    private static readonly JsonSerializerOptions Format = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = ExtensionJson.Encoder,
    };

    /// <summary>Exports a shared analysis as indented JSON text.</summary>
    /// <param name="shared">The shared analysis.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shared"/> is null.</exception>
    public static string Export(SharedAnalysis shared)
    {
        Guard.NotNull(shared, nameof(shared));
        var root = JsonNode.Parse(AnalysisJson.Export(shared.Analysis))!.AsObject();
        var marks = new SuppressionMarks(shared);
        marks.Apply(root);
        root["redaction"] = Redaction(shared);
        return root.ToJsonString(Format) + "\n";
    }

    /// <summary>Exports a shared analysis as UTF-8 bytes without a byte order mark.</summary>
    /// <param name="shared">The shared analysis.</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shared"/> is null.</exception>
    public static byte[] ExportUtf8(SharedAnalysis shared) =>
        new UTF8Encoding(false).GetBytes(Export(shared));

    private static JsonObject Redaction(SharedAnalysis shared)
    {
        var record = shared.Analysis.Assessment.Redaction!;
        var removed = new JsonArray(record.Removed.Add("small-cells").Sort(StringComparer.Ordinal)
            .Select(r => (JsonNode?)JsonValue.Create(r)).ToArray());
        return new JsonObject
        {
            ["redacted"] = true,
            ["redactedOn"] = record.RedactedOn,
            ["settings"] = new JsonObject { ["k"] = shared.MinimumCellSize, ["removed"] = removed },
        };
    }
}
