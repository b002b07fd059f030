using System.Collections.Immutable;

namespace TipAssessment.Reports;

/// <summary>
/// A report as neutral blocks (headings, paragraphs, tables), built once and rendered by the Markdown and
/// HTML writers, so both formats always say the same thing.
/// </summary>
internal abstract class Block
{
}

/// <summary>A heading; level 1 is the title.</summary>
internal sealed class Heading : Block
{
    public Heading(int level, string text, string? id = null)
    {
        Level = level;
        Text = text;
        Id = id;
    }

    public int Level { get; }

    public string Text { get; }

    /// <summary>An id for the HTML anchor; <see langword="null"/> for none.</summary>
    public string? Id { get; }
}

/// <summary>A run of text, bold or not.</summary>
internal readonly struct Span
{
    public Span(string text, bool strong)
    {
        Text = text;
        Strong = strong;
    }

    public string Text { get; }

    public bool Strong { get; }
}

/// <summary>A paragraph of spans; a callout is set apart (the provenance statement).</summary>
internal sealed class Paragraph : Block
{
    public Paragraph(ImmutableArray<Span> spans, bool callout = false)
    {
        Spans = spans;
        Callout = callout;
    }

    public ImmutableArray<Span> Spans { get; }

    public bool Callout { get; }

    public static Paragraph Plain(string text) => new(ImmutableArray.Create(new Span(text, false)));

    public static Paragraph Labelled(string label, string text, bool callout = false) =>
        new(ImmutableArray.Create(new Span(label, true), new Span(" " + text, false)), callout);
}

/// <summary>A bulleted list of plain items.</summary>
internal sealed class BulletList : Block
{
    public BulletList(ImmutableArray<string> items) => Items = items;

    public ImmutableArray<string> Items { get; }
}

/// <summary>A table cell: an optional bold lead line, then lines of text; a score's cell names its
/// band.</summary>
internal sealed class Cell
{
    public Cell(string? lead, ImmutableArray<string> lines, string? band = null)
    {
        Lead = lead;
        Lines = lines;
        Band = band;
    }

    /// <summary>The id of the band of the score the cell shows, for colour in HTML; otherwise <see
    /// langword="null"/>.</summary>
    public string? Band { get; }

    public string? Lead { get; }

    public ImmutableArray<string> Lines { get; }

    public static Cell Of(string text) => new(null, ImmutableArray.Create(text));

    public static implicit operator Cell(string text) => Of(text);
}

/// <summary>A table with a header row; every row has as many cells as there are columns.</summary>
internal sealed class Table : Block
{
    public Table(
        ImmutableArray<string> columns,
        ImmutableArray<ImmutableArray<Cell>> rows,
        string? cssClass = null)
    {
        Columns = columns;
        Rows = rows;
        CssClass = cssClass;
    }

    public ImmutableArray<string> Columns { get; }

    public ImmutableArray<ImmutableArray<Cell>> Rows { get; }

    /// <summary>A class for HTML styling (such as <c>gap-chart</c>); ignored by Markdown.</summary>
    public string? CssClass { get; }
}

/// <summary>Where the HTML report draws its chart of scores by pillar and locality; Markdown skips
/// it.</summary>
internal sealed class ScoreChart : Block
{
    public ScoreChart(ScoreMatrix matrix) => Matrix = matrix;

    public ScoreMatrix Matrix { get; }
}
