using System;

namespace TipAssessment.Problems;

/// <summary>How serious a <see cref="Problem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The document cannot be used as it is; an import that finds one returns no model.</summary>
    Error = 0,

    /// <summary>The document can be used, but something in it deserves a person's attention.</summary>
    Warning = 1,
}

/// <summary>
/// One thing wrong with a document, located precisely enough for a person (or a tool) to fix it.
/// Expected problems in data are returned as values of this type; they are never thrown.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record Problem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="severity">How serious the problem is.</param>
    /// <param name="code">A stable, dotted code such as <c>json.duplicate-key</c>; see <see
    /// cref="ProblemCodes"/>.</param>
    /// <param name="pointer">The RFC 6901 JSON Pointer of the offending value; the empty string is the
    /// document root.</param>
    /// <param name="message">A sentence a person can act on.</param>
    public Problem(ProblemSeverity severity, string code, string pointer, string message)
    {
        Severity = severity;
        Code = Guard.NotNullOrEmpty(code, nameof(code));
        Pointer = Guard.NotNull(pointer, nameof(pointer));
        Message = Guard.NotNullOrEmpty(message, nameof(message));
    }

    /// <summary>How serious the problem is.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>A stable code, safe to match on in tools (for example <c>ref.unknown-question</c>).</summary>
    public string Code { get; }

    /// <summary>
    /// The RFC 6901 JSON Pointer of the offending value; the empty string is the whole document.
    /// </summary>
    public string Pointer { get; }

    /// <summary>What is wrong and, where it can be said, how to put it right.</summary>
    public string Message { get; }

    /// <summary>
    /// For malformed JSON only: the 1-based line of the fault; otherwise <see langword="null"/>.
    /// </summary>
    public long? Line { get; init; }

    /// <summary>
    /// For malformed JSON only: the 1-based byte position in the line; otherwise <see langword="null"/>.
    /// </summary>
    public long? Position { get; init; }

    /// <summary>Creates an error.</summary>
    public static Problem Error(string code, string pointer, string message) =>
        new(ProblemSeverity.Error, code, pointer, message);

    /// <summary>Creates a warning.</summary>
    public static Problem Warning(string code, string pointer, string message) =>
        new(ProblemSeverity.Warning, code, pointer, message);

    /// <summary>
    /// A one-line form: severity, code, location and message, safe to print to a terminal or a log:
    /// control characters and the invisible ones that reorder text (which a document's member names and
    /// values may hold, and <see cref="Pointer"/> and <see cref="Message"/> keep as they are) are written
    /// as <c>\uXXXX</c>, so a document cannot move the cursor, clear a line or fake another line of output.
    /// </summary>
    public override string ToString()
    {
        var where = Line is null
            ? (Pointer.Length == 0 ? "(document)" : Pointer)
            : $"line {Line}, position {Position}";
        var severity = Severity == ProblemSeverity.Error ? "error" : "warning";
        return Printable($"{severity} {Code} at {where}: {Message}");
    }

    private static string Printable(string text)
    {
        var builder = (System.Text.StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var hidden = char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
            if (hidden)
            {
                builder ??= new System.Text.StringBuilder(text, 0, i, text.Length + 16);
                var code = ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
                builder.Append("\\u").Append(code);
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }
}
