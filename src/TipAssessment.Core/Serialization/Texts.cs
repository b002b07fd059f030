namespace TipAssessment.Serialization;

/// <summary>Helpers for quoting document text inside problem messages.</summary>
internal static class Texts
{
    /// <summary>
    /// Values longer than this are cut in messages, so a huge string cannot flood a report.
    /// </summary>
    public const int MaxQuoted = 80;

    /// <summary>
    /// Returns <paramref name="text"/>, cut to <see cref="MaxQuoted"/> characters with an ellipsis.
    /// </summary>
    public static string Shorten(string text) =>
        text.Length <= MaxQuoted ? text : text.Substring(0, MaxQuoted) + "\u2026";
}
