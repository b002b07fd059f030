using System.Text;

namespace TipAssessment.Reports;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values alike. The output is also
/// well-formed XML text, so the report parses with an HTML5 parser and an XML parser.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        var clean = SafeText.Clean(text);
        var html = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            var escaped = c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (escaped is null)
            {
                html.Append(c);
            }
            else
            {
                html.Append(escaped);
            }
        }

        return html.ToString();
    }
}
