using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>
/// Reads and writes assessments as JSON documents (format 1.0, <c>schemas/assessment.schema.json</c>).
/// Import returns the model or every problem found, each with a stable code, a JSON Pointer and a
/// message a person can act on; it never returns a half-built model and never throws for bad data.
/// Export is deterministic: the same model gives the same bytes on every runtime.
/// </summary>
/// <remarks>
/// <para>
/// Import runs in stages and stops at the first stage that finds errors: reading (size, encoding,
/// well-formed JSON, duplicate members, depth), the header (<c>kind</c> and <c>formatVersion</c>; format
/// 0.9 is migrated in memory), the JSON Schema, and the meaning against the framework given.
/// Warnings do not stop an import: a response from an informant whose consent is not recorded is
/// reported (<see cref="ProblemCodes.NoConsent"/>) and kept, and the scoring engine never counts it.
/// </para>
/// <para>
/// An ordinary valid document is read in one pass that builds the informants and responses while it
/// proves them against the schema; anything that pass cannot vouch for is read again through the stages
/// above from the start, so the problems reported never depend on which way a document was read.
/// </para>
/// <para>
/// A rating written <c>2.0</c> is level 2 (JSON Schema calls it an integer) and is exported as <c>2</c>.
/// Extension values are kept as compact JSON text in one canonical form and re-indented on export, so
/// import, export, import, export gives identical bytes. Output is UTF-8 without a byte order mark, with
/// LF line ends and a final LF; non-ASCII text is written as it is (see <c>ExtensionJson.Encoder</c>).
/// All members are thread-safe.
/// </para>
/// </remarks>
public static class AssessmentJson
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Imports an assessment from JSON text, with the default limits.</summary>
    /// <inheritdoc cref="Import(string, AssessmentFramework, AssessmentImportOptions?)"/>
    public static ImportResult<Assessment> Import(string json, AssessmentFramework framework) =>
        Import(json, framework, null);

    /// <summary>Imports an assessment from JSON text.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="framework">The framework to check the document against: the one it names.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The model and any warnings, or every problem and no model.</returns>
    /// <exception cref="ArgumentNullException">An argument other than the options is null.</exception>
    public static ImportResult<Assessment> Import(
        string json,
        AssessmentFramework framework,
        AssessmentImportOptions? options)
    {
        Guard.NotNull(json, nameof(json));
        return Run(framework, options, limits => JsonInput.Load(json, limits));
    }

    /// <summary>Imports an assessment from UTF-8 bytes, with the default limits.</summary>
    /// <inheritdoc cref="Import(ReadOnlyMemory{byte}, AssessmentFramework, AssessmentImportOptions?)"/>
    public static ImportResult<Assessment> Import(ReadOnlyMemory<byte> utf8Json, AssessmentFramework framework) =>
        Import(utf8Json, framework, null);

    /// <summary>Imports an assessment from UTF-8 bytes, which are read in place and not copied.</summary>
    /// <param name="utf8Json">The document as UTF-8 bytes (a byte order mark is accepted).</param>
    /// <param name="framework">The framework to check the document against: the one it names.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The model and any warnings, or every problem and no model.</returns>
    /// <exception cref="ArgumentNullException">The framework is null.</exception>
    public static ImportResult<Assessment> Import(
        ReadOnlyMemory<byte> utf8Json,
        AssessmentFramework framework,
        AssessmentImportOptions? options) =>
        Run(framework, options, limits => JsonInput.Load(utf8Json, limits));

    /// <summary>Imports an assessment from a stream with the default limits; the stream stays open.</summary>
    /// <inheritdoc cref="Import(Stream, AssessmentFramework, AssessmentImportOptions?)"/>
    public static ImportResult<Assessment> Import(Stream utf8Json, AssessmentFramework framework) =>
        Import(utf8Json, framework, null);

    /// <summary>
    /// Imports an assessment from a stream, read from its current position to its end; the stream stays open.
    /// </summary>
    /// <param name="utf8Json">The document as UTF-8 bytes (a byte order mark is accepted).</param>
    /// <param name="framework">The framework to check the document against: the one it names.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>
    /// The model and any warnings, or every problem and no model (a failing read is <c>io.unreadable</c>).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument other than the options is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read.</exception>
    public static ImportResult<Assessment> Import(
        Stream utf8Json,
        AssessmentFramework framework,
        AssessmentImportOptions? options)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        return Run(framework, options, limits => JsonInput.Load(utf8Json, limits));
    }

    /// <summary>Imports an assessment from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="framework">The framework to check the document against: the one it names.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>
    /// The model and any warnings, or every problem and no model; a file that is missing or cannot be read
    /// gives the problem <c>io.unreadable</c>, not an exception.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument other than the options is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static ImportResult<Assessment> ImportFile(
        string path,
        AssessmentFramework framework,
        AssessmentImportOptions? options = null)
    {
        Guard.NotNullOrEmpty(path, nameof(path));
        return Run(framework, options, limits => JsonInput.LoadFile(path, limits));
    }

    /// <summary>Exports an assessment as indented JSON text (ending with a line feed).</summary>
    /// <inheritdoc cref="Export(Assessment, AssessmentExportOptions?)"/>
    public static string Export(Assessment assessment) => Export(assessment, (AssessmentExportOptions?)null);

    /// <summary>Exports an assessment as JSON text (ending with a line feed).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="options">Layout, or <see langword="null"/> for the defaults (indented).</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException">An extension value is not valid JSON text, or <paramref
    /// name="assessment"/> is malformed: an array member is a default <see
    /// cref="System.Collections.Immutable.ImmutableArray{T}"/>, or an element or a required member is null
    /// (the message names it).</exception>
    public static string Export(Assessment assessment, AssessmentExportOptions? options) =>
        Utf8NoBom.GetString(ExportUtf8(assessment, options));

    /// <summary>Exports an assessment as UTF-8 bytes (no byte order mark), ending with a line feed.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="options">Layout, or <see langword="null"/> for the defaults (indented).</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException">An extension value is not valid JSON text, or <paramref
    /// name="assessment"/> is malformed: an array member is a default <see
    /// cref="System.Collections.Immutable.ImmutableArray{T}"/>, or an element or a required member is null
    /// (the message names it).</exception>
    public static byte[] ExportUtf8(Assessment assessment, AssessmentExportOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Export(assessment, buffer, options);
        return buffer.ToArray();
    }

    /// <summary>Writes an assessment to a stream as indented UTF-8; the stream stays open.</summary>
    /// <inheritdoc cref="Export(Assessment, Stream, AssessmentExportOptions?)"/>
    public static void Export(Assessment assessment, Stream utf8Json) => Export(assessment, utf8Json, null);

    /// <summary>Writes an assessment to a stream as UTF-8 (no BOM); the stream stays open.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="options">Layout, or <see langword="null"/> for the defaults (indented).</param>
    /// <exception cref="ArgumentNullException">The assessment or the stream is null.</exception>
    /// <exception cref="ArgumentException">An extension is not JSON, the stream is read-only, or <paramref
    /// name="assessment"/> is malformed: an array member is a default <see
    /// cref="System.Collections.Immutable.ImmutableArray{T}"/>, or an element or a required member is null
    /// (the message names it).</exception>
    public static void Export(Assessment assessment, Stream utf8Json, AssessmentExportOptions? options)
    {
        Guard.NotNull(assessment, nameof(assessment));
        Guard.NotNull(utf8Json, nameof(utf8Json));
        if (!utf8Json.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(utf8Json));
        }

        ModelGuard.Check(assessment, nameof(assessment));

        var writerOptions = new JsonWriterOptions
        {
            Indented = (options ?? AssessmentExportOptions.Default).Indented,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = ExtensionJson.Encoder,
        };
        using (var writer = new Utf8JsonWriter(utf8Json, writerOptions))
        {
            AssessmentWriter.Write(writer, assessment);
        }

        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Imports through the full path only, never the one-pass path (<see cref="AssessmentFastImport"/>);
    /// for tests that prove the two agree.
    /// </summary>
    internal static ImportResult<Assessment> ImportFullPath(
        ReadOnlyMemory<byte> utf8Json,
        AssessmentFramework framework,
        AssessmentImportOptions? options = null) =>
        Run(framework, options, limits => JsonInput.Load(utf8Json, limits), fastPath: false);

    // Loads the text, then imports an ordinary document in one pass (AssessmentFastImport) and anything
    // that pass cannot vouch for through the stages described on the class.
    private static ImportResult<Assessment> Run(
        AssessmentFramework framework,
        AssessmentImportOptions? options,
        Func<JsonReadLimits, JsonText> load,
        bool fastPath = true)
    {
        Guard.NotNull(framework, nameof(framework));
        var limits = (options ?? AssessmentImportOptions.Default).Limits;
        var loaded = load(limits);
        if (fastPath && loaded.Problems.IsEmpty
            && AssessmentFastImport.TryImport(loaded.Utf8, limits, framework) is { } imported)
        {
            return imported;
        }

        var read = JsonInput.Parse(loaded, limits);
        if (read.Value is null)
        {
            return ImportResult<Assessment>.From(null, read.Problems);
        }

        using var document = read.Value;
        var header = DocumentHeader.Check(
            document.RootElement,
            AssessmentJsonNames.Kind,
            AssessmentJsonNames.UnderstoodVersions,
            out var version);
        if (!header.IsEmpty)
        {
            return ImportResult<Assessment>.From(null, header);
        }

        return version == AssessmentJsonNames.FormatVersion
            ? ImportCurrent(document.RootElement, framework)
            : ImportMigrated(document.RootElement, framework, limits);
    }

    private static ImportResult<Assessment> ImportMigrated(
        JsonElement root,
        AssessmentFramework framework,
        JsonReadLimits limits)
    {
        var migrated = AssessmentMigration.From09(root, limits.MaxDepth);
        if (migrated.Value is null)
        {
            return ImportResult<Assessment>.From(null, migrated.Problems);
        }

        using var document = migrated.Value;
        var result = ImportCurrent(document.RootElement, framework);
        var problems = result.Problems.Select(AssessmentMigration.Repoint);
        return ImportResult<Assessment>.From(result.Value, ProblemLists.Sorted(problems));
    }

    private static ImportResult<Assessment> ImportCurrent(JsonElement root, AssessmentFramework framework)
    {
        var schemaProblems = SchemaValidation.Validate(
            root, AssessmentJsonNames.SchemaFile, AssessmentItemShapes.Arrays);
        if (!schemaProblems.IsEmpty)
        {
            return ImportResult<Assessment>.From(null, schemaProblems);
        }

        var (assessment, readProblems) = AssessmentReader.Read(root);
        if (!readProblems.IsEmpty)
        {
            return ImportResult<Assessment>.From(null, readProblems);
        }

        return ImportResult<Assessment>.From(assessment, AssessmentCheckRun.Run(assessment, framework));
    }
}
