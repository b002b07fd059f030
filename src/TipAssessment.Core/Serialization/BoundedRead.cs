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
        if (stream.CanSeek)
        {
            var remaining = Math.Max(0, stream.Length - stream.Position);
            if (remaining > maxBytes)
            {
                return null;
            }
        }

        var buffer = new MemoryStream();
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

        return buffer.ToArray();
    }
}
