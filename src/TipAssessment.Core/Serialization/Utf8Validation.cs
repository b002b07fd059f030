using System;
using System.Runtime.InteropServices;

namespace TipAssessment.Serialization;

/// <summary>
/// Strict UTF-8 validation (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). Written
/// out rather than taken from <c>System.Text.Unicode.Utf8</c> because that API is missing on
/// netstandard2.0, and both targets must accept exactly the same bytes. On .NET, where that API exists and
/// is just as strict, it answers first (it is vectorised); the loop below then only finds the offset of a
/// fault. On netstandard2.0 the loop skips ASCII eight bytes at a time.
/// </summary>
internal static class Utf8Validation
{
    /// <summary>Returns the offset of the first invalid byte, or -1 when every byte is valid UTF-8.</summary>
    public static int FindInvalid(ReadOnlySpan<byte> bytes)
    {
#if NET
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }
#endif
        var i = 0;
        while (i < bytes.Length)
        {
            if (i + 8 <= bytes.Length
                && (MemoryMarshal.Read<ulong>(bytes.Slice(i)) & 0x8080808080808080UL) == 0)
            {
                i += 8;
                continue;
            }

            var length = SequenceLength(bytes, i);
            if (length == 0)
            {
                return i;
            }

            i += length;
        }

        return -1;
    }

    // The length of the valid sequence starting at i, or 0 when it is not valid.
    private static int SequenceLength(ReadOnlySpan<byte> b, int i)
    {
        var first = b[i];
        if (first < 0x80)
        {
            return 1;
        }

        // Allowed ranges of the second byte per first byte (RFC 3629, table 3-7 of the Unicode standard).
        int length;
        byte low = 0x80, high = 0xBF;
        if (first >= 0xC2 && first <= 0xDF) { length = 2; }
        else if (first == 0xE0) { length = 3; low = 0xA0; }
        else if (first == 0xED) { length = 3; high = 0x9F; }
        else if (first >= 0xE1 && first <= 0xEF) { length = 3; }
        else if (first == 0xF0) { length = 4; low = 0x90; }
        else if (first == 0xF4) { length = 4; high = 0x8F; }
        else if (first >= 0xF1 && first <= 0xF3) { length = 4; }
        else { return 0; }

        if (i + length > b.Length || b[i + 1] < low || b[i + 1] > high)
        {
            return 0;
        }

        for (var k = 2; k < length; k++)
        {
            if (b[i + k] < 0x80 || b[i + k] > 0xBF)
            {
                return 0;
            }
        }

        return length;
    }
}
