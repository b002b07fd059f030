using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>
/// Migrates assessment documents of older format versions to the current one, in memory, before schema
/// validation. Format 0.9 (the pre-release format) differs from 1.0 in two member names only: a
/// response's rating was called <c>level</c>, and an informant's code was called <c>id</c>.
/// Problems found after migration are pointed back at the member names of the document as written.
/// </summary>
internal static class AssessmentMigration
{
    /// <summary>The pre-release version this class migrates from.</summary>
    public const string PreRelease = "0.9";

    // (collection, old member name, new member name) for every rename from 0.9 to 1.0.
    private static readonly (string Collection, string Old, string New)[] Renames =
    {
        ("responses", "level", "rating"),
        ("informants", "id", "code"),
    };

    /// <summary>
    /// Rewrites a 0.9 document as 1.0; returns problems instead when a rename would collide.
    /// </summary>
    public static ImportResult<JsonDocument> From09(JsonElement root, int maxDepth)
    {
        var collisions = Collisions(root).ToImmutableArray();
        if (!collisions.IsEmpty)
        {
            return ImportResult<JsonDocument>.From(null, collisions);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var member in root.EnumerateObject())
            {
                writer.WritePropertyName(member.Name);
                WriteMember(writer, member);
            }

            writer.WriteEndObject();
        }

        var options = new JsonDocumentOptions { MaxDepth = maxDepth };
        var document = JsonDocument.Parse(buffer.ToArray(), options);
        return ImportResult<JsonDocument>.From(document, ImmutableArray<Problem>.Empty);
    }

    /// <summary>
    /// Turns a pointer into the migrated document into the pointer of the same value as written in 0.9.
    /// </summary>
    public static string PointerIn09(string pointer)
    {
        var segments = pointer.Split('/');
        foreach (var (collection, old, renamed) in Renames)
        {
            if (segments.Length >= 4 && segments[1] == collection && segments[3] == renamed)
            {
                segments[3] = old;
            }
        }

        return string.Join("/", segments);
    }

    /// <summary>Re-points a problem found in the migrated document at the document as written.</summary>
    public static Problem Repoint(Problem problem) =>
        new(problem.Severity, problem.Code, PointerIn09(problem.Pointer), problem.Message)
        {
            Line = problem.Line,
            Position = problem.Position,
        };

    private static void WriteMember(Utf8JsonWriter writer, JsonProperty member)
    {
        var rename = Renames.FirstOrDefault(r => r.Collection == member.Name);
        if (member.Name == "formatVersion")
        {
            writer.WriteStringValue(AssessmentJsonNames.FormatVersion);
        }
        else if (rename.Collection is not null && member.Value.ValueKind == JsonValueKind.Array)
        {
            writer.WriteStartArray();
            foreach (var item in member.Value.EnumerateArray())
            {
                WriteRenamed(writer, item, rename.Old, rename.New);
            }

            writer.WriteEndArray();
        }
        else
        {
            member.Value.WriteTo(writer);
        }
    }

    private static void WriteRenamed(Utf8JsonWriter writer, JsonElement item, string old, string renamed)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            item.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        foreach (var member in item.EnumerateObject())
        {
            writer.WritePropertyName(member.Name == old ? renamed : member.Name);
            member.Value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    // A 0.9 object that already holds the new name would end up with it twice; 0.9 never had that name.
    private static IEnumerable<Problem> Collisions(JsonElement root)
    {
        foreach (var (collection, old, renamed) in Renames)
        {
            if (!root.TryGetProperty(collection, out var items) || items.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(renamed, out _))
                {
                    yield return Problem.Error(
                        ProblemCodes.UnknownMember,
                        JsonPointers.Of(collection, index, renamed),
                        $"\"{renamed}\" is not a member in format {PreRelease}, where it is called "
                        + $"\"{old}\"; rename it, or declare \"formatVersion\": "
                        + $"\"{AssessmentJsonNames.FormatVersion}\".");
                }

                index++;
            }
        }
    }
}
