namespace TipAssessment.Serialization;

/// <summary>
/// Limits applied while reading a JSON document, before it costs memory. Public option types
/// (<see cref="AssessmentImportOptions"/> and others) carry the same numbers and convert to this.
/// </summary>
/// <param name="MaxBytes">
/// The largest document accepted, in bytes of UTF-8 (a BOM included); at least 1.
/// </param>
/// <param name="MaxDepth">
/// The deepest nesting of objects and arrays accepted; the root object is depth 1.
/// </param>
internal sealed record JsonReadLimits(long MaxBytes, int MaxDepth)
{
    /// <summary>64 MiB: far above any real assessment, far below what hurts a server.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>64 levels: real documents need about 8, extensions included.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The safe defaults.</summary>
    public static JsonReadLimits Default { get; } = new(DefaultMaxBytes, DefaultMaxDepth);
}
