using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>
/// Checks a document's <c>kind</c> and <c>formatVersion</c> before schema validation, so that a framework
/// given where an assessment was expected, or a version this library does not know, gives one clear
/// problem instead of a flood of schema failures.
/// </summary>
internal static class DocumentHeader
{
    /// <summary>
    /// Returns the problems with the header; when there are none, <paramref name="version"/> is one of
    /// <paramref name="understoodVersions"/> (listed oldest first; the last is the current version).
    /// </summary>
    public static ImmutableArray<Problem> Check(
        JsonElement root,
        string expectedKind,
        IReadOnlyList<string> understoodVersions,
        out string version)
    {
        version = string.Empty;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return One(ProblemCodes.WrongType, JsonPointers.Root,
                $"The document must be a JSON object {{...}}, not {SchemaWording.KindName(root)}.");
        }

        var kind = Member(root, "kind", "\"" + expectedKind + "\"");
        if (kind.Problem is not null)
        {
            return ImmutableArray.Create(kind.Problem);
        }

        if (!string.Equals(kind.Value, expectedKind, StringComparison.Ordinal))
        {
            return One(ProblemCodes.WrongKind, "/kind",
                $"This is a \"{Texts.Shorten(kind.Value!)}\" document, but a \"{expectedKind}\" document was "
                + "expected; check that the right file was given.");
        }

        var found = Member(root, "formatVersion", Quoted(understoodVersions));
        if (found.Problem is not null)
        {
            return ImmutableArray.Create(found.Problem);
        }

        version = found.Value!;
        return understoodVersions.Contains(version, StringComparer.Ordinal)
            ? ImmutableArray<Problem>.Empty
            : One(ProblemCodes.UnknownFormatVersion, "/formatVersion",
                UnknownVersionMessage(version, understoodVersions));
    }

    private static string UnknownVersionMessage(string version, IReadOnlyList<string> understood)
    {
        var newer = IsNewer(version, understood[understood.Count - 1]);
        return $"Format version \"{Texts.Shorten(version)}\" is not understood; this library reads versions "
            + $"{Quoted(understood)} (older ones are migrated on import)."
            + (newer
                ? " The document is newer than this library: update the TipAssessment package to read it."
                : string.Empty);
    }

    // Numeric comparison of dotted versions; anything unparsable is not called newer.
    private static bool IsNewer(string version, string current)
    {
        var a = version.Split('.');
        var b = current.Split('.');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "0";
            var y = i < b.Length ? b[i] : "0";
            if (!int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                || !int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return false;
            }

            if (m != n)
            {
                return m > n;
            }
        }

        return false;
    }

    private static (string? Value, Problem? Problem) Member(JsonElement root, string name, string expected)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return (null, Problem.Error(ProblemCodes.MissingMember, "/" + name,
                $"The required member \"{name}\" is missing from the document. Expected: {expected}"));
        }

        return value.ValueKind == JsonValueKind.String
            ? (value.GetString(), null)
            : (null, Problem.Error(ProblemCodes.WrongType, "/" + name,
                $"\"{name}\" must be a string, not {SchemaWording.KindName(value)}. Expected: {expected}"));
    }

    private static string Quoted(IEnumerable<string> values) =>
        string.Join(", ", values.Select(v => "\"" + v + "\""));

    private static ImmutableArray<Problem> One(string code, string pointer, string message) =>
        ImmutableArray.Create(Problem.Error(code, pointer, message));
}
