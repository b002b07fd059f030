using System;
using System.IO;
using System.Text;
using System.Text.Json;
using TipAssessment.Analysis;

namespace TipAssessment.Serialization;

/// <summary>
/// Writes an <see cref="AssessmentAnalysis"/> as a results document (format 1.0, valid against
/// <c>schemas/analysis.schema.json</c>): scores, roll-ups, triangulation flags, implementation gaps, the gap
/// chart, the comparison of rounds, excluded responses and warnings.
/// </summary>
/// <remarks>
/// <para>Deterministic: the same analysis gives the same bytes on every runtime. Non-integral numbers are
/// rounded half away from zero to <see cref="Decimals"/> decimals and written by this library (not by the
/// runtime's double formatting, which differs between targets); integers are written as they are.</para>
/// <para>Every score lists the ids of its responses. Informants' words (response notes, free-text proposals)
/// appear only when the analysis was made with <c>GapOptions.IncludeNotes</c>. Output is UTF-8 without a byte
/// order mark, two-space indentation, LF line ends and a final LF. Thread-safe.</para>
/// </remarks>
public static class AnalysisJson
{
    /// <summary>The <c>kind</c> of a results document.</summary>
    public const string Kind = "tipassessment.analysis";

    /// <summary>The format version written.</summary>
    public const string FormatVersion = "1.0";

    /// <summary>The <c>$id</c> of the schema the document is valid against, written as its
    /// <c>$schema</c>.</summary>
    public const string SchemaId = "https://tipassessment.org/schemas/analysis/1.0/analysis.schema.json";

    /// <summary>The number of decimals non-integral numbers are rounded to.</summary>
    public const int Decimals = 2;

    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Exports an analysis as indented JSON text (ending with a line feed).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Export(AssessmentAnalysis analysis) => Export(analysis, indented: true);

    /// <summary>Exports an analysis as JSON text (ending with a line feed).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="indented">Whether to indent (two spaces a level); <see langword="false"/> writes one
    /// line.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Export(AssessmentAnalysis analysis, bool indented) =>
        Utf8NoBom.GetString(ExportUtf8(analysis, indented));

    /// <summary>Exports an analysis as UTF-8 bytes without a byte order mark (ending with a line
    /// feed).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="indented">Whether to indent (two spaces a level); <see langword="false"/> writes one
    /// line.</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static byte[] ExportUtf8(AssessmentAnalysis analysis, bool indented = true)
    {
        using var buffer = new MemoryStream();
        Export(analysis, buffer, indented);
        return buffer.ToArray();
    }

    /// <summary>Writes an analysis to a stream as indented UTF-8 without a byte order mark; the stream stays
    /// open.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> or <paramref name="utf8Json"/> is
    /// null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written.</exception>
    public static void Export(
        AssessmentAnalysis analysis,
        Stream utf8Json) => Export(analysis, utf8Json, indented: true);

    /// <summary>Writes an analysis to a stream as UTF-8 without a byte order mark; the stream stays
    /// open.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="indented">Whether to indent (two spaces a level); <see langword="false"/> writes one
    /// line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> or <paramref name="utf8Json"/> is
    /// null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written.</exception>
    public static void Export(AssessmentAnalysis analysis, Stream utf8Json, bool indented)
    {
        Guard.NotNull(analysis, nameof(analysis));
        Guard.NotNull(utf8Json, nameof(utf8Json));
        if (!utf8Json.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(utf8Json));
        }

        var options = new JsonWriterOptions
        {
            Indented = indented,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = ExtensionJson.Encoder,
        };
        using (var writer = new Utf8JsonWriter(utf8Json, options))
        {
            new AnalysisJsonWriter(writer).Write(analysis);
        }

        utf8Json.WriteByte((byte)'\n');
    }
}
