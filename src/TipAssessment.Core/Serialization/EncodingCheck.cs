using System;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>Checks that bytes are UTF-8 JSON text with something in it, before any parsing.</summary>
internal static class EncodingCheck
{
    /// <summary>
    /// Returns the problem with the bytes, or <see langword="null"/>; <paramref name="start"/> is where the
    /// JSON text begins (after a UTF-8 byte order mark, which is accepted).
    /// </summary>
    public static Problem? Find(ReadOnlySpan<byte> bytes, out int start)
    {
        start = HasUtf8Bom(bytes) ? 3 : 0;
        if (LooksLikeUtf16Or32(bytes))
        {
            return Problem.Error(
                ProblemCodes.NotUtf8,
                JsonPointers.Root,
                "The document looks like UTF-16 or UTF-32 text; JSON documents must be UTF-8. "
                + "Save it as UTF-8.");
        }

        if (IsBlank(bytes, start))
        {
            return Problem.Error(
                ProblemCodes.EmptyDocument,
                JsonPointers.Root,
                "The document is empty; a JSON object was expected.");
        }

        var invalid = Utf8Validation.FindInvalid(bytes.Slice(start));
        return invalid < 0 ? null : NotUtf8At(bytes, start, invalid);
    }

    private static Problem NotUtf8At(ReadOnlySpan<byte> bytes, int start, int offset)
    {
        var text = bytes.Slice(start);
        var (line, position) = TextPositions.Of(text, offset);
        return new Problem(
            ProblemSeverity.Error,
            ProblemCodes.NotUtf8,
            JsonPointers.Root,
            $"The bytes are not valid UTF-8 at line {line}, position {position} (byte 0x{text[offset]:X2}); "
            + "the file was probably saved in another encoding such as Windows-1252. Save it as UTF-8.")
        {
            Line = line,
            Position = position,
        };
    }

    private static bool HasUtf8Bom(ReadOnlySpan<byte> b) =>
        b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;

    // A UTF-16 or UTF-32 byte order mark, or (without one) a NUL byte beside the first character, which
    // JSON text, always starting with ASCII, only has in those encodings.
    private static bool LooksLikeUtf16Or32(ReadOnlySpan<byte> b) =>
        b.Length >= 2
        && ((b[0] == 0xFF && b[1] == 0xFE)
            || (b[0] == 0xFE && b[1] == 0xFF)
            || (b[0] == 0) != (b[1] == 0)
            || (b[0] == 0 && b[1] == 0 && b.Length >= 4));

    private static bool IsBlank(ReadOnlySpan<byte> b, int start)
    {
        for (var i = start; i < b.Length; i++)
        {
            if (b[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
