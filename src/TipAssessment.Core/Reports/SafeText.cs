using System.Text;

namespace TipAssessment.Reports;

/// <summary>
/// Replaces what no report may carry: control characters other than tab, CR and LF (invalid in XML and
/// invisible to a reader) and unpaired UTF-16 surrogates (which no UTF-8 file can hold), by U+FFFD.
/// </summary>
internal static class SafeText
{
    private const char Replacement = '\uFFFD';

    public static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var bad = (c < ' ' && c != '\t' && c != '\r' && c != '\n') || (char.IsSurrogate(c) && !pair)
                || c == '\uFFFE' || c == '\uFFFF';
            if (bad && cleaned is null)
            {
                cleaned = new StringBuilder(text, 0, i, text.Length);
            }

            cleaned?.Append(bad ? Replacement : c);
            if (pair)
            {
                cleaned?.Append(text[i + 1]);
                i++;
            }
        }

        return cleaned?.ToString() ?? text;
    }
}
