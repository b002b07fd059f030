namespace TipAssessment.Problems;

/// <summary>Codes for reading documents (input and output, format versions).</summary>
public static partial class ProblemCodes
{
    /// <summary>
    /// The file or stream could not be opened or read (missing, locked, no permission, I/O failure).
    /// </summary>
    public const string Unreadable = "io.unreadable";
}
