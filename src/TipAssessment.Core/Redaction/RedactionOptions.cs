using System;
using System.Security.Cryptography;

namespace TipAssessment.Redaction;

/// <summary>
/// Options for making a shareable copy: the k of small-cell suppression, and the sources of randomness and
/// time (injectable so tests are reproducible; cryptographic randomness and the system clock by default).
/// </summary>
/// <remarks>Immutable and safe to share between threads when the injected delegates are.</remarks>
public sealed record RedactionOptions
{
    /// <summary>The default k: a shared figure rests on at least 5 informants.</summary>
    public const int DefaultMinimumCellSize = 5;

    /// <summary>The marker that replaces free text that may quote an informant.</summary>
    public const string Marker = "[redacted]";

    /// <summary>The defaults: k = 5, cryptographic randomness, the system clock.</summary>
    public static RedactionOptions Default { get; } = new();

    /// <summary>The smallest number of distinct informants a shared figure may rest on (k); at least
    /// 1.</summary>
    public int MinimumCellSize { get; init; } = DefaultMinimumCellSize;

    /// <summary>
    /// Fills a buffer with random bytes for the new codes and ids; <see langword="null"/> uses
    /// <see cref="RandomNumberGenerator"/>. Only tests should inject a seeded source: predictable codes can
    /// be guessed.
    /// </summary>
    public Action<byte[]>? RandomBytes { get; init; }

    /// <summary>The clock for the month of redaction; <see langword="null"/> uses the system clock
    /// (UTC).</summary>
    public Func<DateTimeOffset>? Clock { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException"><see cref="MinimumCellSize"/> is below 1.</exception>
    public void Validate()
    {
        if (MinimumCellSize < 1)
        {
            throw new ArgumentException("MinimumCellSize (k) must be at least 1.", "options");
        }
    }

    internal void Fill(byte[] buffer)
    {
        if (RandomBytes is not null)
        {
            RandomBytes(buffer);
            return;
        }

        using var rng = RandomNumberGenerator.Create();
        rng.GetBytes(buffer);
    }

    internal string Month() => (Clock?.Invoke() ?? DateTimeOffset.UtcNow).UtcDateTime
        .ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
