using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TipAssessment.Reports;

/// <summary>
/// Renders blocks as HTML5 that is also well-formed XML (void elements self-closed, only XML entities), so
/// it parses in a browser and in an XML parser alike. Every text is escaped with <see cref="HtmlText"/>.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _html = new();

    public HtmlWriter Line(string markup)
    {
        _html.Append(markup).Append('\n');
        return this;
    }

    public void Blocks(IEnumerable<Block> blocks, System.Func<ScoreMatrix, string> chart)
    {
        foreach (var block in blocks)
        {
            Line(block is ScoreChart c ? chart(c.Matrix) : Render(block));
        }
    }

    public override string ToString() => _html.ToString();

    private static string Render(Block block) => block switch
    {
        Heading h => $"<h{h.Level}{IdAttribute(h.Id)}>{HtmlText.Escape(h.Text)}</h{h.Level}>",
        Paragraph p => $"<p{(p.Callout ? " class=\"callout\"" : string.Empty)}>{Spans(p)}</p>",
        BulletList l => "<ul>" + string.Concat(l.Items.Select(Item)) + "</ul>",
        Table t => Table(t),
        _ => string.Empty,
    };

    private static string Item(string text) => "<li>" + HtmlText.Escape(text) + "</li>";

    private static string IdAttribute(string? id) =>
        id is null ? string.Empty : $" id=\"{HtmlText.Escape(id)}\"";

    private static string Spans(Paragraph p) => string.Concat(p.Spans.Select(s =>
        s.Strong ? "<strong>" + HtmlText.Escape(s.Text) + "</strong>" : HtmlText.Escape(s.Text)));

    private static string Table(Table t)
    {
        var html = new StringBuilder();
        var css = t.CssClass is null ? string.Empty : $" class=\"{HtmlText.Escape(t.CssClass)}\"";
        html.Append("<div class=\"table-wrap\"><table").Append(css).Append(">\n<thead><tr>");
        foreach (var column in t.Columns)
        {
            html.Append("<th scope=\"col\">").Append(HtmlText.Escape(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in t.Rows)
        {
            html.Append("<tr>").Append(string.Concat(row.Select(CellHtml))).Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table></div>").ToString();
    }

    private static string CellHtml(Cell cell)
    {
        var lead = cell.Lead is null ? string.Empty : "<strong>" + HtmlText.Escape(cell.Lead) + "</strong>";
        var lines = cell.Lines.Select(l => HtmlText.Escape(l).Replace("\r\n", "\n").Replace("\n", "<br/>"));
        var content = string.Join("<br/>", (lead.Length == 0 ? lines : new[] { lead }.Concat(lines)));
        return $"<td{BandClass(cell)}>{content}</td>";
    }

    private static string BandClass(Cell cell) =>
        cell.Band is null ? string.Empty : $" class=\"band band-{Slug(cell.Band)}\"";

    private static string Slug(string text) =>
        new(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) && c < 128 ? c : '-').ToArray());
}
