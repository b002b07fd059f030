using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TipAssessment.Framework;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>
/// Reads and writes framework documents (<c>"kind": "tipassessment.framework"</c>, format version 1.0), the
/// format of <c>seeds/framework.json</c> described by <c>schemas/framework.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>
/// Import runs in stages and stops at the first stage that finds errors, so one mistake does not flood the
/// report: reading (size and depth limits, encoding, well-formed JSON, duplicate members, with line and
/// position), the document's kind and format version, the JSON Schema, then the semantic rules of
/// <see cref="FrameworkValidator"/>. Every problem carries a JSON Pointer. Bad data never throws.
/// </para>
/// <para>
/// Export is deterministic: the format's fixed member order, collections in the model's order,
/// translations by language in ordinal order and, within a language, in the order of the elements they
/// translate; two-space indentation, LF line ends, a final newline, UTF-8 without a byte order mark, and
/// non-ASCII text written as itself. Optional members without a value are left out. Importing an export
/// gives an equal framework; exporting that again gives the same bytes. All members are thread-safe; the
/// limits of reading are those of <c>JsonReadLimits.Default</c> (64 MiB, 64 levels of nesting).
/// </para>
/// </remarks>
public static class FrameworkJson
{
    private const string SchemaFile = "framework.schema.json";

    private static readonly string[] UnderstoodVersions = { FrameworkJsonNames.FormatVersion };

    private static readonly UTF8Encoding Utf8NoBom = new(false, true);

    /// <summary>
    /// The format versions this library reads, oldest first; the last is the one it writes.
    /// </summary>
    public static ImmutableArray<string> FormatVersions { get; } = UnderstoodVersions.ToImmutableArray();

    /// <summary>Reads a framework document held as a string.</summary>
    /// <param name="json">The document's text.</param>
    /// <returns>The framework, or every problem found and no framework.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ImportResult<AssessmentFramework> Import(string json) =>
        Import(JsonInput.Read(Guard.NotNull(json, nameof(json)), JsonReadLimits.Default));

    /// <summary>
    /// Reads a framework document from a stream of UTF-8, from its current position to its end.
    /// </summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <returns>
    /// The framework, or every problem found (an unreadable stream included) and no framework.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    public static ImportResult<AssessmentFramework> Import(Stream utf8Json) =>
        Import(JsonInput.Read(Guard.NotNull(utf8Json, nameof(utf8Json)), JsonReadLimits.Default));

    /// <summary>Reads a framework document from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>
    /// The framework, or every problem found (a missing or unreadable file included) and no framework.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static ImportResult<AssessmentFramework> ImportFile(string path) =>
        Import(JsonInput.ReadFile(Guard.NotNullOrEmpty(path, nameof(path)), JsonReadLimits.Default));

    /// <summary>Writes <paramref name="framework"/> as an indented framework document.</summary>
    /// <param name="framework">The framework; it is written as it is, valid or not.</param>
    /// <returns>The document's text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An enumeration member holds an undefined value.
    /// </exception>
    public static string Export(AssessmentFramework framework) => Export(framework, true);

    /// <summary>Writes <paramref name="framework"/> as a framework document.</summary>
    /// <param name="framework">The framework; it is written as it is, valid or not.</param>
    /// <param name="indented">Two-space indented, or compact on one line.</param>
    /// <returns>The document's text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An enumeration member holds an undefined value.
    /// </exception>
    public static string Export(AssessmentFramework framework, bool indented) =>
        Utf8NoBom.GetString(ExportUtf8(framework, indented));

    /// <summary>
    /// Writes <paramref name="framework"/> as a framework document, in UTF-8 without a byte order mark.
    /// </summary>
    /// <param name="framework">The framework; it is written as it is, valid or not.</param>
    /// <param name="indented">Two-space indented, or compact on one line.</param>
    /// <returns>The document's bytes, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An enumeration member holds an undefined value.
    /// </exception>
    public static byte[] ExportUtf8(AssessmentFramework framework, bool indented = true)
    {
        using var buffer = new MemoryStream();
        Export(framework, buffer, indented);
        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="framework"/> to a stream as an indented framework document.</summary>
    /// <param name="framework">The framework; it is written as it is, valid or not.</param>
    /// <param name="utf8Json">The stream to write to; it stays open.</param>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="framework"/> or <paramref name="utf8Json"/> is null.
    /// </exception>
    /// <exception cref="ArgumentException">The stream cannot be written.</exception>
    public static void Export(AssessmentFramework framework, Stream utf8Json) =>
        Export(framework, utf8Json, true);

    /// <summary>
    /// Writes <paramref name="framework"/> to a stream as a framework document, in UTF-8 without a byte order
    /// mark, ending with a newline; the stream stays open.
    /// </summary>
    /// <param name="framework">The framework; it is written as it is, valid or not.</param>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="indented">Two-space indented, or compact on one line.</param>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="framework"/> or <paramref name="utf8Json"/> is null.
    /// </exception>
    /// <exception cref="ArgumentException">The stream cannot be written.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enumeration member holds an undefined value.
    /// </exception>
    public static void Export(AssessmentFramework framework, Stream utf8Json, bool indented)
    {
        Guard.NotNull(framework, nameof(framework));
        Guard.NotNull(utf8Json, nameof(utf8Json));
        if (!utf8Json.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(utf8Json));
        }

        using (var writer = new Utf8JsonWriter(utf8Json, WriterOptions(indented)))
        {
            FrameworkJsonWriter.Write(writer, framework);
        }

        utf8Json.WriteByte((byte)'\n');
    }

    // The same writer settings as the assessment and analysis exports, so all documents look alike.
    private static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = ExtensionJson.Encoder,
    };

    private static ImportResult<AssessmentFramework> Import(ImportResult<JsonDocument> read)
    {
        if (read.Value is null)
        {
            return Failed(read.Problems);
        }

        using var document = read.Value;
        var root = document.RootElement;
        var header = DocumentHeader.Check(root, FrameworkJsonNames.Kind, UnderstoodVersions, out _);
        if (!header.IsEmpty)
        {
            return Failed(header);
        }

        var schema = SchemaValidation.Validate(root, SchemaFile);
        if (schema.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return Failed(schema);
        }

        var mapping = new List<Problem>();
        var framework = FrameworkJsonReader.Read(root, mapping);
        return mapping.Count > 0
            ? Failed(mapping.ToImmutableArray())
            : ImportResult<AssessmentFramework>.From(
                framework,
                schema.AddRange(FrameworkValidator.Validate(framework)));
    }

    private static ImportResult<AssessmentFramework> Failed(ImmutableArray<Problem> problems) =>
        ImportResult<AssessmentFramework>.From(null, problems);
}
