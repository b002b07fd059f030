using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TipAssessment.Reports;

/// <summary>
/// Writes CSV as RFC 4180 describes it: records end with CRLF (the last one too), and a field is quoted when
/// it holds a comma, a double quote, CR or LF, with inner quotes doubled. Writing only: reading CSV is not
/// this library's job, and a dozen lines here spare every consumer a CSV package dependency.
/// A text field that a spreadsheet would run as a formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or CR and is not a number) gets a leading apostrophe: programme staff open these files
/// in spreadsheets, and a locality or finding typed as <c>=HYPERLINK(...)</c> must stay text. Numbers,
/// negative ones included, are never changed, so R and pandas read numeric columns as before.
/// </summary>
internal sealed class Rfc4180
{
    private static readonly char[] Special = { ',', '"', '\r', '\n' };

    private readonly StringBuilder _text = new();
    private readonly int _columns;

    /// <summary>Starts a document with its header record.</summary>
    public Rfc4180(IReadOnlyList<string> header)
    {
        _columns = header.Count;
        Record(header);
    }

    /// <summary>Appends one record; it must have as many fields as the header.</summary>
    public void Record(IReadOnlyList<string> fields)
    {
        if (fields.Count != _columns)
        {
            // A mismatch is a bug in a renderer, never in data.
            throw new System.InvalidOperationException(
                $"A CSV record has {fields.Count} fields; the header has {_columns}.");
        }

        for (var i = 0; i < fields.Count; i++)
        {
            _text.Append(i == 0 ? string.Empty : ",").Append(Field(fields[i]));
        }

        _text.Append("\r\n");
    }

    /// <summary>The document so far.</summary>
    public override string ToString() => _text.ToString();

    private static string Field(string raw)
    {
        var value = Neutralised(SafeText.Clean(raw));
        return value.IndexOfAny(Special) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static string Neutralised(string value)
    {
        if (value.Length == 0 || "=+-@\t\r".IndexOf(value[0]) < 0)
        {
            return value;
        }

        var isNumber = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return isNumber ? value : "'" + value;
    }
}
