namespace TipAssessment.Reports;

/// <summary>Options shared by the report renderers.</summary>
/// <remarks>Immutable and safe to share between threads; derive variants with <c>with</c>.</remarks>
public sealed record ReportOptions
{
    /// <summary>The defaults: the framework's default language.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>
    /// The language (a BCP 47 tag such as <c>fr</c>) for question texts and topic and section titles; where
    /// the framework has no translation of a text, the default language's text is used.
    /// <see langword="null"/> (the default) uses the framework's default language. Texts the engine
    /// writes (gap statements, driver and solution titles) stay in the framework's default language.
    /// </summary>
    public string? Language { get; init; }
}
