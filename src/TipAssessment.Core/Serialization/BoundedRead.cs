using System;
using System.IO;

namespace TipAssessment.Serialization;

/// <summary>Reads a stream to its end without ever holding more than a limit.</summary>
internal static class BoundedRead
{
    private const int Chunk = 81920;

    /// <summary>
    /// Returns every byte from the stream's position to its end, or <see langword="null"/> as soon as more
    /// than <paramref name="maxBytes"/> are seen (a seekable stream is measured without reading).
    /// </summary>
    public static byte[]? ReadAll(Stream stream, long maxBytes)
    {
        var buffer = new MemoryStream();
        if (stream.CanSeek)
        {
            var remaining = Math.Max(0, stream.Length - stream.Position);
            if (remaining > maxBytes)
            {
                return null;
            }

            // A stream that knows its length is read into one array of that length; the loop below only
            // runs on if it holds more than it said.
            var exact = new byte[remaining];
            var filled = 0;
            int got;
            while (filled < exact.Length && (got = stream.Read(exact, filled, exact.Length - filled)) > 0)
            {
                filled += got;
            }

            if (filled < exact.Length)
            {
                Array.Resize(ref exact, filled);
                return exact;
            }

            var probe = stream.ReadByte();
            if (probe < 0)
            {
                return exact;
            }

            buffer.Write(exact, 0, exact.Length);
            buffer.WriteByte((byte)probe);
        }

        var chunk = new byte[Chunk];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length > maxBytes ? null : buffer.ToArray();
    }
}
