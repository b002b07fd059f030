using System.Collections.Generic;
using System.Text;

namespace TipAssessment.Tests.Reports;

/// <summary>
/// An RFC 4180 reader for the tests (the CLI tests link this file too), written apart from the library's
/// writer so that one cannot hide the other's mistakes: quoted fields may hold commas, doubled quotes, CR
/// and LF; records end with CRLF.
/// </summary>
internal static class CsvText
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (field.Length == 0 && text[i] == '"')
            {
                i = Quoted(text, i + 1, field);
                if (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    throw new System.FormatException($"Text follows a closing quote at character {i}.");
                }
            }
            else if (text[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = new List<string>();
                i += 2;
            }
            else
            {
                field.Append(text[i]);
                i++;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            throw new System.FormatException("The last record does not end with CRLF.");
        }

        return records;
    }

    private static int Quoted(string text, int i, StringBuilder field)
    {
        while (true)
        {
            if (i >= text.Length)
            {
                throw new System.FormatException("A quoted field is not closed.");
            }

            if (text[i] == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            field.Append(text[i]);
            i++;
        }
    }
}
