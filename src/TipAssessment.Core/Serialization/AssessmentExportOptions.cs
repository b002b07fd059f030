namespace TipAssessment.Serialization;

/// <summary>
/// Options for <see cref="AssessmentJson"/> exports. Immutable; safe to share between threads.
/// </summary>
public sealed record AssessmentExportOptions
{
    /// <summary>The defaults: indented.</summary>
    public static AssessmentExportOptions Default { get; } = new();

    /// <summary>
    /// Whether to indent (two spaces a level, LF line ends) for people and diffs; <see langword="false"/>
    /// writes one compact line. Either way the document ends with one LF. Default <see langword="true"/>.
    /// </summary>
    public bool Indented { get; init; } = true;
}
