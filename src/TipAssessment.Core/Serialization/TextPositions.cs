using System;

namespace TipAssessment.Serialization;

/// <summary>Turns a byte offset in UTF-8 text into the 1-based line and byte position people see.</summary>
internal static class TextPositions
{
    /// <summary>
    /// The 1-based line and 1-based byte position in that line of <paramref name="offset"/>.
    /// </summary>
    public static (long Line, long Position) Of(ReadOnlySpan<byte> utf8, long offset)
    {
        var end = (int)Math.Min(Math.Max(offset, 0), utf8.Length);
        long line = 1;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, end - lineStart + 1);
    }
}
