using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>
/// One forward pass of <see cref="Utf8JsonReader"/> over a whole document, before any tree is built:
/// it finds malformed JSON (with its line and position), duplicate member names, nesting beyond the
/// limit and escapes that do not form valid text, each with the JSON Pointer where it happens.
/// The pass keeps one small frame per open container, so a document 100 000 levels deep costs nothing:
/// it stops at the limit.
/// </summary>
internal sealed class JsonStructureScan
{
    private readonly List<Frame> _frames = new();
    private readonly ImmutableArray<Problem>.Builder _problems = ImmutableArray.CreateBuilder<Problem>();
    private readonly int _maxDepth;

    private JsonStructureScan(int maxDepth) => _maxDepth = maxDepth;

    /// <summary>
    /// Scans <paramref name="utf8"/> (valid UTF-8, no BOM) and returns every problem found.
    /// </summary>
    public static ImmutableArray<Problem> Run(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var scan = new JsonStructureScan(maxDepth);
        var options = new JsonReaderOptions
        {
            // The reader's own limit sits above ours so that we, not it, report the depth.
            MaxDepth = maxDepth == int.MaxValue ? maxDepth : maxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        };
        var reader = new Utf8JsonReader(utf8, options);
        try
        {
            while (reader.Read() && scan.Visit(ref reader, utf8))
            {
            }
        }
        catch (JsonException e)
        {
            scan._problems.Add(Malformed(e, utf8, scan.CurrentPointer()));
        }

        return scan._problems.ToImmutable();
    }

    // Returns false when scanning must stop (the document is too deep).
    private bool Visit(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                return Open(reader.TokenType == JsonTokenType.StartArray);
            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                _frames.RemoveAt(_frames.Count - 1);
                return true;
            case JsonTokenType.PropertyName:
                Member(ref reader, utf8);
                return true;
            default:
                var at = NextValue();
                if (reader.TokenType == JsonTokenType.String)
                {
                    CheckEscapes(ref reader, utf8, at);
                }

                return true;
        }
    }

    private bool Open(bool isArray)
    {
        var at = NextValue();
        if (_frames.Count + 1 > _maxDepth)
        {
            _problems.Add(Problem.Error(
                ProblemCodes.TooDeep,
                at.Text,
                $"Objects and arrays nest deeper than the limit of {_maxDepth} levels here; real documents "
                + "need far fewer, so the document was not read further (raise MaxDepth only for trusted "
                + "input)."));
            return false;
        }

        _frames.Add(new Frame(at, isArray));
        return true;
    }

    private void Member(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        var frame = _frames[_frames.Count - 1];
        var name = ReadString(ref reader, utf8, new ValuePointer(frame, null, ValuePointer.Self));
        frame.PendingName = name;
        if (name is not null && !frame.Names.Add(name))
        {
            _problems.Add(Problem.Error(
                ProblemCodes.DuplicateKey,
                JsonPointers.Append(frame.Pointer, name),
                $"The member \"{Texts.Shorten(name)}\" appears more than once in this object; JSON readers "
                + "disagree on which value wins, so keep exactly one."));
        }
    }

    private void CheckEscapes(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, ValuePointer at)
    {
        if (reader.ValueIsEscaped)
        {
            ReadString(ref reader, utf8, at);
        }
    }

    // Decodes a string; an escape such as \ud800 (half a surrogate pair) is reported, not thrown.
    private string? ReadString(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, ValuePointer at)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            var (line, position) = TextPositions.Of(utf8, reader.TokenStartIndex);
            _problems.Add(new Problem(
                ProblemSeverity.Error,
                ProblemCodes.MalformedJson,
                at.Text,
                "A string has an escape that does not stand for valid text (such as \\ud800, half of a "
                + $"surrogate pair) at line {line}, position {position}; remove it or write the character "
                + "itself.")
            {
                Line = line,
                Position = position,
            });
            return null;
        }
    }

    // Where the value about to be read is; advances the index of an enclosing array. The pointer's text
    // is built only when a problem needs it: building it for every value cost more than the whole parse.
    private ValuePointer NextValue()
    {
        if (_frames.Count == 0)
        {
            return default;
        }

        var frame = _frames[_frames.Count - 1];
        if (frame.IsArray)
        {
            frame.Index++;
            return new ValuePointer(frame, null, frame.Index);
        }

        return new ValuePointer(frame, frame.PendingName ?? string.Empty, ValuePointer.Member);
    }

    private string CurrentPointer() =>
        _frames.Count == 0 ? JsonPointers.Root : _frames[_frames.Count - 1].Pointer;

    private static Problem Malformed(JsonException e, ReadOnlySpan<byte> utf8, string pointer)
    {
        var line = (e.LineNumber ?? 0) + 1;
        var position = (e.BytePositionInLine ?? 0) + 1;
        var end = TextPositions.Of(utf8, utf8.Length);
        var what = end.Line == line && end.Position <= position
            ? "The document ends before it is complete (it may be truncated): " + ReaderMessage(e)
            : "The text is not well-formed JSON: " + ReaderMessage(e);
        return new Problem(
            ProblemSeverity.Error,
            ProblemCodes.MalformedJson,
            pointer,
            $"{what} (line {line}, position {position}).")
        {
            Line = line,
            Position = position,
        };
    }

    // The reader's sentence without its 0-based location suffix, which would contradict ours.
    private static string ReaderMessage(JsonException e)
    {
        var message = e.Message;
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message.Substring(0, at);
            }
        }

        // The reader's advice to change its options is meant for programmers, not for people fixing data.
        var advice = message.IndexOf(" Change the reader options", StringComparison.Ordinal);
        return (advice >= 0 ? message.Substring(0, advice) : message).Trim().TrimEnd('.');
    }

    private sealed class Frame
    {
        private readonly ValuePointer _at;
        private HashSet<string>? _names;
        private string? _pointer;

        public Frame(ValuePointer at, bool isArray)
        {
            _at = at;
            IsArray = isArray;
        }

        public string Pointer => _pointer ??= _at.Text;

        public bool IsArray { get; }

        public int Index { get; set; } = -1;

        public string? PendingName { get; set; }

        public HashSet<string> Names => _names ??= new HashSet<string>(StringComparer.Ordinal);
    }

    // A value's place: the root (no frame), an index or member of a frame, or the frame itself.
    private readonly struct ValuePointer
    {
        public const int Member = -1;
        public const int Self = -2;

        private readonly Frame? _frame;
        private readonly string? _name;
        private readonly int _index;

        public ValuePointer(Frame frame, string? name, int index)
        {
            _frame = frame;
            _name = name;
            _index = index;
        }

        public string Text => _frame is null ? JsonPointers.Root
            : _index == Self ? _frame.Pointer
            : _index == Member ? JsonPointers.Append(_frame.Pointer, _name!)
            : JsonPointers.Append(_frame.Pointer, _index);
    }
}
