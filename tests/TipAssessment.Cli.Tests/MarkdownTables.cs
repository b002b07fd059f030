namespace TipAssessment.Cli.Tests;

/// <summary>Counts the cells of a Markdown table row: pipes not escaped by a backslash, less one.</summary>
public static class MarkdownTables
{
    public static int Cells(string row)
    {
        var pipes = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '|')
            {
                pipes++;
            }
        }

        return pipes - 1;
    }
}
