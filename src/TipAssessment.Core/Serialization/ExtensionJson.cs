using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TipAssessment.Serialization;

/// <summary>
/// Extension values: kept in the model as compact JSON text in one canonical form (insignificant white
/// space removed, strings escaped as <see cref="Encoder"/> does; member order and the text of numbers
/// untouched), and written back through the exporting writer so indentation stays consistent.
/// </summary>
internal static class ExtensionJson
{
    /// <summary>
    /// The escaping of every document this library writes, on both targets: only what JSON requires, plus
    /// characters outside the Basic Multilingual Plane and a few invisible ones, so that text in Nepali,
    /// Thai or Spanish stays readable. The escaping is "unsafe" only for pasting into HTML or script
    /// without encoding, which a JSON file never is; consumers that embed values in HTML must encode them.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The canonical compact text of a value.</summary>
    public static string Canonical(JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads an <c>extensions</c> object into the model's form (key order is ordinal).</summary>
    public static ImmutableSortedDictionary<string, string> Read(JsonElement owner)
    {
        return owner.TryGetProperty("extensions", out var extensions)
            ? ReadObject(extensions)
            : Assessments.EmptyExtensions.Value;
    }

    /// <summary>Reads the <c>extensions</c> object itself into the model's form.</summary>
    public static ImmutableSortedDictionary<string, string> ReadObject(JsonElement extensions)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var member in extensions.EnumerateObject())
        {
            builder[member.Name] = Canonical(member.Value);
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Whether a key certainly matches the schema's <c>^[a-z0-9-]+(\.[a-z0-9-]+)+$</c>: dotted parts of
    /// lower-case letters, digits and hyphens, at least two of them.
    /// </summary>
    public static bool IsKey(string key)
    {
        var parts = 1;
        var partLength = 0;
        foreach (var c in key)
        {
            if (c == '.')
            {
                if (partLength == 0)
                {
                    return false;
                }

                parts++;
                partLength = 0;
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            {
                partLength++;
            }
            else
            {
                return false;
            }
        }

        return parts >= 2 && partLength > 0;
    }

    /// <summary>Writes an <c>extensions</c> member, or nothing when there are none.</summary>
    /// <exception cref="ArgumentException">
    /// A value is not valid JSON text (a model built in code with a bug).
    /// </exception>
    public static void Write(Utf8JsonWriter writer, ImmutableSortedDictionary<string, string>? extensions)
    {
        if (extensions is null || extensions.IsEmpty)
        {
            return;
        }

        writer.WritePropertyName("extensions");
        writer.WriteStartObject();
        foreach (var pair in extensions)
        {
            writer.WritePropertyName(pair.Key);
            WriteValue(writer, pair.Key, pair.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, string key, string raw)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(raw ?? string.Empty);
        }
        catch (JsonException e)
        {
            throw new ArgumentException(
                $"The extension \"{key}\" does not hold valid JSON text: {e.Message}", nameof(raw), e);
        }

        using (document)
        {
            document.RootElement.WriteTo(writer);
        }
    }
}
