using System.Text;

namespace TipAssessment.Reports;

/// <summary>
/// Escapes text so that Markdown shows it literally, whatever it holds: no emphasis, code, links, headings,
/// table breaks or raw HTML can come from data. Line breaks become spaces in running text and
/// <c>&lt;br&gt;</c> in table cells, so a cell never breaks its row.
/// </summary>
internal static class MarkdownText
{
    /// <summary>The ASCII punctuation that can start Markdown syntax; a backslash makes each
    /// literal.</summary>
    private const string Escaped = "\\`*_[]|#~!";

    public static string Inline(string text) => Escape(text, " ");

    public static string Cell(string text) => Escape(text, "<br>");

    private static string Escape(string text, string lineBreak)
    {
        var clean = SafeText.Clean(text).Replace("\r\n", "\n").Replace('\r', '\n');
        var md = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            var escaped = c switch
            {
                '\n' => lineBreak,
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                _ when Escaped.IndexOf(c) >= 0 => "\\" + c,
                _ => null,
            };
            if (escaped is null)
            {
                md.Append(c);
            }
            else
            {
                md.Append(escaped);
            }
        }

        return md.ToString();
    }
}
