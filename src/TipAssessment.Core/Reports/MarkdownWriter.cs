using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TipAssessment.Reports;

/// <summary>Renders blocks as CommonMark with GitHub tables: LF line ends, a blank line between
/// blocks.</summary>
internal static class MarkdownWriter
{
    public static string Write(IEnumerable<Block> blocks)
    {
        var md = new StringBuilder();
        foreach (var block in blocks)
        {
            var text = Render(block);
            if (text.Length > 0)
            {
                md.Append(md.Length == 0 ? string.Empty : "\n").Append(text);
            }
        }

        return md.ToString();
    }

    private static string Render(Block block) => block switch
    {
        Heading h => new string('#', h.Level) + " " + MarkdownText.Inline(h.Text) + "\n",
        Paragraph p => (p.Callout ? "> " : string.Empty) + Spans(p) + "\n",
        BulletList l => string.Concat(l.Items.Select(i => "- " + MarkdownText.Inline(i) + "\n")),
        Table t => Table(t),
        _ => string.Empty,
    };

    private static string Spans(Paragraph p) => string.Concat(p.Spans.Select(s =>
        s.Strong ? "**" + MarkdownText.Inline(s.Text) + "**" : MarkdownText.Inline(s.Text)));

    private static string Table(Table t)
    {
        var md = new StringBuilder();
        md.Append(Row(t.Columns.Select(MarkdownText.Cell)));
        md.Append(Row(t.Columns.Select(_ => "---")));
        foreach (var row in t.Rows)
        {
            md.Append(Row(row.Select(CellText)));
        }

        return md.ToString();
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |\n";

    private static string CellText(Cell cell)
    {
        var lines = cell.Lines.Select(MarkdownText.Cell);
        var lead = cell.Lead is null
            ? Enumerable.Empty<string>()
            : new[] { "**" + MarkdownText.Cell(cell.Lead) + "**" };
        var text = string.Join("<br>", lead.Concat(lines));
        return text.Length == 0 ? " " : text;
    }
}
