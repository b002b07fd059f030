using System;
using System.Collections.Immutable;
using System.IO;
using System.Security;
using System.Text;
using System.Text.Json;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>
/// Reads a JSON document from text, bytes, a stream or a file, within <see cref="JsonReadLimits"/>, and
/// returns the parsed document or every problem found. Size is checked before the bytes are held where it
/// can be (a file's or seekable stream's length) and while reading otherwise; encoding, emptiness,
/// well-formedness, duplicate members and depth are checked before a tree is built.
/// </summary>
/// <remarks>
/// Thread-safe (no shared state). The caller owns and disposes the returned <see cref="JsonDocument"/>.
/// Reading comes in two steps that callers may take apart: <c>Load</c> (size and encoding, giving the JSON
/// text's bytes) and <see cref="Parse"/> (well-formedness, duplicates and depth, giving the tree).
/// A UTF-8 byte order mark is accepted and skipped; UTF-16 and UTF-32 are refused with
/// <see cref="ProblemCodes.NotUtf8"/>. I/O failures are problems (<see cref="ProblemCodes.Unreadable"/>),
/// never exceptions; only null arguments and unreadable stream objects throw.
/// </remarks>
internal static class JsonInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Reads a document held as a string.</summary>
    public static ImportResult<JsonDocument> Read(string text, JsonReadLimits limits) =>
        Parse(Load(text, limits), limits);

    /// <summary>Reads a document held as bytes (UTF-8, with or without a BOM).</summary>
    public static ImportResult<JsonDocument> Read(byte[] utf8, JsonReadLimits limits) =>
        Parse(Load(utf8, limits), limits);

    /// <summary>
    /// Reads a document from the current position of a stream to its end; the stream is not closed.
    /// </summary>
    /// <exception cref="ArgumentException">The stream cannot be read.</exception>
    public static ImportResult<JsonDocument> Read(Stream stream, JsonReadLimits limits) =>
        Parse(Load(stream, limits), limits);

    /// <summary>
    /// Reads a document from a file; a file that cannot be opened or read is a problem, not an exception.
    /// </summary>
    public static ImportResult<JsonDocument> ReadFile(string path, JsonReadLimits limits) =>
        Parse(LoadFile(path, limits), limits);

    /// <summary>
    /// Parses loaded text: well-formedness, duplicate members and depth are checked before the tree is
    /// built. Problems from loading pass through unchanged.
    /// </summary>
    public static ImportResult<JsonDocument> Parse(JsonText loaded, JsonReadLimits limits)
    {
        Guard.NotNull(limits, nameof(limits));
        if (!loaded.Problems.IsEmpty)
        {
            return ImportResult<JsonDocument>.From(null, loaded.Problems);
        }

        var problems = JsonStructureScan.Run(loaded.Utf8.Span, limits.MaxDepth);
        if (!problems.IsEmpty)
        {
            return ImportResult<JsonDocument>.From(null, problems);
        }

        var options = new JsonDocumentOptions
        {
            MaxDepth = limits.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
        };
        var document = JsonDocument.Parse(loaded.Utf8, options);
        return ImportResult<JsonDocument>.From(document, ImmutableArray<Problem>.Empty);
    }

    /// <summary>Loads a document held as a string: its size and encoding are checked.</summary>
    public static JsonText Load(string text, JsonReadLimits limits)
    {
        Guard.NotNull(text, nameof(text));
        Guard.NotNull(limits, nameof(limits));
        int byteCount;
        try
        {
            byteCount = StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException e)
        {
            return UnpairedSurrogate(text, e.Index);
        }

        return byteCount > limits.MaxBytes ? TooLarge(limits) : Load(StrictUtf8.GetBytes(text), limits);
    }

    /// <summary>Loads a document held as bytes (UTF-8, with or without a BOM); they are not copied.</summary>
    public static JsonText Load(ReadOnlyMemory<byte> utf8, JsonReadLimits limits)
    {
        Guard.NotNull(limits, nameof(limits));
        return utf8.Length > limits.MaxBytes ? TooLarge(limits) : Check(utf8);
    }

    /// <summary>
    /// Loads a document from the current position of a stream to its end; the stream is not closed.
    /// </summary>
    /// <exception cref="ArgumentException">The stream cannot be read.</exception>
    public static JsonText Load(Stream stream, JsonReadLimits limits)
    {
        Guard.NotNull(stream, nameof(stream));
        Guard.NotNull(limits, nameof(limits));
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(stream));
        }

        try
        {
            var bytes = BoundedRead.ReadAll(stream, limits.MaxBytes);
            return bytes is null ? TooLarge(limits) : Check(bytes);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
        {
            return Fail(ProblemCodes.Unreadable, $"The stream could not be read: {e.Message}");
        }
    }

    /// <summary>
    /// Loads a document from a file; a file that cannot be opened or read is a problem, not an exception.
    /// </summary>
    public static JsonText LoadFile(string path, JsonReadLimits limits)
    {
        Guard.NotNullOrEmpty(path, nameof(path));
        Guard.NotNull(limits, nameof(limits));
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(ProblemCodes.Unreadable,
                    $"The file \"{path}\" does not exist (or is a directory).");
            }

            if (info.Length > limits.MaxBytes)
            {
                return TooLarge(limits);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return Load(stream, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException
                                     or NotSupportedException or ArgumentException)
        {
            return Fail(ProblemCodes.Unreadable, $"The file \"{path}\" could not be read: {e.Message}");
        }
    }

    private static JsonText Check(ReadOnlyMemory<byte> bytes)
    {
        var problem = EncodingCheck.Find(bytes.Span, out var start);
        return problem is not null
            ? new JsonText(ReadOnlyMemory<byte>.Empty, ImmutableArray.Create(problem))
            : new JsonText(bytes.Slice(start), ImmutableArray<Problem>.Empty);
    }

    // Line and position count as they do for bytes, over the UTF-8 bytes of the text before the unpaired
    // half, which all encode (it is the first that does not).
    private static JsonText UnpairedSurrogate(string text, int index)
    {
        var before = Encoding.UTF8.GetBytes(text.Substring(0, index));
        var (line, position) = TextPositions.Of(before, before.Length);
        var problem = new Problem(
            ProblemSeverity.Error,
            ProblemCodes.NotUtf8,
            JsonPointers.Root,
            $"The text holds half of a UTF-16 surrogate pair at line {line}, position {position} (character "
            + $"{index}), which no UTF-8 document can contain; the text was probably cut or mis-decoded.")
        {
            Line = line,
            Position = position,
        };
        return new JsonText(ReadOnlyMemory<byte>.Empty, ImmutableArray.Create(problem));
    }

    private static JsonText TooLarge(JsonReadLimits limits) =>
        Fail(ProblemCodes.TooLarge,
            $"The document is larger than the limit of {limits.MaxBytes} bytes and was not read; split it, "
            + "or raise MaxBytes if the input is trusted.");

    private static JsonText Fail(string code, string message) =>
        new(ReadOnlyMemory<byte>.Empty, ImmutableArray.Create(Problem.Error(code, JsonPointers.Root, message)));
}

/// <summary>
/// A document's JSON text as UTF-8 bytes (valid UTF-8, not blank, after any byte order mark), or the
/// problems that kept it from being loaded (then <see cref="Utf8"/> is empty).
/// </summary>
/// <param name="Utf8">The JSON text.</param>
/// <param name="Problems">Why the text could not be loaded; empty when it was.</param>
internal readonly record struct JsonText(ReadOnlyMemory<byte> Utf8, ImmutableArray<Problem> Problems);
