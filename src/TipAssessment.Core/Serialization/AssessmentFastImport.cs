using System;
using System.Collections.Immutable;
using System.Text.Json;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>
/// The import of an ordinary, valid document in one pass: the two arrays that make up nearly all of a large
/// document (<c>informants</c> and <c>responses</c>) are proven against their schema definitions and built
/// into the model straight from a <see cref="Utf8JsonReader"/>, and only the rest (the header, localities,
/// desk sources, findings: a few kilobytes) goes through the tree, JSON Schema and
/// <see cref="AssessmentReader"/> as before.
/// </summary>
/// <remarks>
/// <para>
/// The fast path never decides that a document is wrong. It either vouches for every byte of the two
/// arrays (see <see cref="AssessmentItemReader"/>) and for the rest of the document through the same
/// checks the full path runs (structure scan, header, JSON Schema, reader), or it gives up and returns
/// <see langword="null"/>, and the caller imports the whole document through the full path, which finds
/// and words every problem. So a document's problems never depend on which path read it, and a document
/// the fast path accepts gives the same model and the same warnings as the full path: the semantic checks
/// (<see cref="AssessmentCheckRun"/>) run on the model either way.
/// </para>
/// <para>
/// What makes it give up: an unknown or escaped member name, an extension key outside the schema's
/// pattern, an id written with an escape, a rating written <c>2.0</c>, more than 16 drivers, anything the
/// schema would refuse, malformed JSON, a depth limit under <see cref="MinimumDepthLimit"/>, or a document
/// that is not format 1.0.
/// </para>
/// </remarks>
internal static class AssessmentFastImport
{
    /// <summary>The smallest depth limit the fast path works under (its items nest 5 deep).</summary>
    public const int MinimumDepthLimit = 8;

    private const string Responses = "responses";
    private const string Informants = "informants";

    /// <summary>
    /// Imports <paramref name="utf8"/> (valid UTF-8, within the size limit), or returns
    /// <see langword="null"/> when the full path must read it.
    /// </summary>
    public static ImportResult<Assessment>? TryImport(
        ReadOnlyMemory<byte> utf8,
        JsonReadLimits limits,
        AssessmentFramework framework)
    {
        if (limits.MaxDepth < MinimumDepthLimit)
        {
            return null;
        }

        var items = new AssessmentItemReader(utf8, limits.MaxDepth);
        Span<ByteRange> arrays = stackalloc ByteRange[2];
        var read = 0;
        try
        {
            read = ReadBigArrays(utf8.Span, limits.MaxDepth, items, arrays);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // A string whose escape stands for no text; the full path words it.
            return null;
        }

        if (read < 0)
        {
            return null;
        }

        var rest = Rest(utf8.Span, arrays.Slice(0, read));
        var model = ReadRest(rest, limits);
        if (model is null)
        {
            return null;
        }

        model = model with
        {
            Informants = items.Informants?.ToImmutable() ?? model.Informants,
            Responses = items.Responses?.ToImmutable() ?? model.Responses,
        };
        return ImportResult<Assessment>.From(model, AssessmentCheckRun.Run(model, framework));
    }

    // Reads the root, building the two arrays when they are there; returns how many of them were found,
    // with their byte ranges in order, or -1 when the fast path cannot vouch for the document.
    private static int ReadBigArrays(
        ReadOnlySpan<byte> utf8,
        int maxDepth,
        AssessmentItemReader items,
        Span<ByteRange> arrays)
    {
        var options = new JsonReaderOptions
        {
            MaxDepth = maxDepth == int.MaxValue ? maxDepth : maxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
        };
        var reader = new Utf8JsonReader(utf8, options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return -1;
        }

        var found = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isResponses = !reader.ValueIsEscaped && reader.ValueTextEquals(Responses);
            var isInformants = !isResponses && !reader.ValueIsEscaped && reader.ValueTextEquals(Informants);
            reader.Read();
            if ((isResponses || isInformants) && reader.TokenType == JsonTokenType.StartArray)
            {
                if (isResponses ? items.Responses is not null : items.Informants is not null)
                {
                    return -1; // a repeated member: the full path reports it
                }

                var start = (int)reader.TokenStartIndex;
                var ok = isResponses ? items.ReadResponses(ref reader) : items.ReadInformants(ref reader);
                if (!ok)
                {
                    return -1;
                }

                arrays[found++] = new ByteRange(start, (int)reader.BytesConsumed);
            }
            else
            {
                reader.Skip();
            }
        }

        // The root is closed here, and nothing but white space may follow it (the reader throws otherwise).
        return reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? found : -1;
    }

    // The document with each big array's text replaced by "[]".
    private static byte[] Rest(ReadOnlySpan<byte> utf8, ReadOnlySpan<ByteRange> arrays)
    {
        var length = utf8.Length;
        foreach (var range in arrays)
        {
            length -= range.End - range.Start - 2;
        }

        var rest = new byte[length];
        var from = 0;
        var to = 0;
        foreach (var range in arrays)
        {
            utf8.Slice(from, range.Start - from).CopyTo(rest.AsSpan(to));
            to += range.Start - from;
            rest[to++] = (byte)'[';
            rest[to++] = (byte)']';
            from = range.End;
        }

        utf8.Slice(from).CopyTo(rest.AsSpan(to));
        return rest;
    }

    // The full path's checks on the rest of the document; null when any of them finds a problem.
    private static Assessment? ReadRest(byte[] rest, JsonReadLimits limits)
    {
        if (!JsonStructureScan.Run(rest, limits.MaxDepth).IsEmpty)
        {
            return null;
        }

        var options = new JsonDocumentOptions
        {
            MaxDepth = limits.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
        };
        using var document = JsonDocument.Parse(rest, options);
        var root = document.RootElement;
        var header = DocumentHeader.Check(
            root, AssessmentJsonNames.Kind, AssessmentJsonNames.UnderstoodVersions, out var version);
        if (!header.IsEmpty || version != AssessmentJsonNames.FormatVersion)
        {
            return null;
        }

        if (!SchemaValidation.Validate(root, AssessmentJsonNames.SchemaFile, AssessmentItemShapes.Arrays).IsEmpty)
        {
            return null;
        }

        var (model, problems) = AssessmentReader.Read(root);
        return problems.IsEmpty ? model : null;
    }

    // A byte range (System.Range is missing on netstandard2.0).
    private readonly struct ByteRange
    {
        public ByteRange(int start, int end)
        {
            Start = start;
            End = end;
        }

        public int Start { get; }

        public int End { get; }
    }
}
