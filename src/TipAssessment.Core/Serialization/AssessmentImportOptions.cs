using System;

namespace TipAssessment.Serialization;

/// <summary>
/// Options for <see cref="AssessmentJson"/> imports. Immutable; safe to share between threads.
/// </summary>
public sealed record AssessmentImportOptions
{
    private readonly long _maxBytes = JsonReadLimits.DefaultMaxBytes;
    private readonly int _maxDepth = JsonReadLimits.DefaultMaxDepth;

    /// <summary>The defaults: 64 MiB and 64 levels.</summary>
    public static AssessmentImportOptions Default { get; } = new();

    /// <summary>
    /// The largest document read, in bytes of UTF-8 (a byte order mark included); larger ones are refused
    /// with <c>json.too-large</c> before they are read where the size is known in advance (files, seekable
    /// streams, strings), and as soon as the limit is passed otherwise. Default 64 MiB; at least 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxBytes
    {
        get => _maxBytes;
        init => _maxBytes = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxBytes must be at least 1.");
    }

    /// <summary>
    /// The deepest nesting of objects and arrays read (the document's own object is level 1); deeper
    /// documents are refused with <c>json.too-deep</c>. Default 64; real assessments need about 8, so the
    /// value must lie between 8 and 1000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside 8..1000.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = Guard.InRange(value, 8, 1000, nameof(value));
    }

    internal JsonReadLimits Limits => new(MaxBytes, MaxDepth);
}
