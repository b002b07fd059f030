using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TipAssessment.Reports;

/// <summary>
/// Draws the scores by pillar and scope as an inline SVG bar chart: one group of horizontal bars per
/// pillar, one bar per scope (overall, national level, each locality), with the value written beside each
/// bar so the chart reads in black and white too, and band boundaries as grid lines.
/// </summary>
internal static class SvgScoreChart
{
    private const int Width = 760;
    private const int LabelWidth = 170;
    private const int PlotWidth = 500;
    private const int BarHeight = 14;
    private const int GroupGap = 12;
    private const int LegendColumns = 3;
    private const int LegendRow = 18;
    private const int MaxLegendChars = 30;

    private const string Description =
        "Horizontal bars from 0 to 100, one group per pillar, one bar per scope; " +
        "the table below gives the same numbers.";

    /// <summary>Colours most readers with a colour-vision deficiency tell apart (Okabe and Ito); overall is
    /// grey.</summary>
    private static readonly string[] Palette =
    {
        "#4d4d4d", "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#8c7a00",
    };

    public static string Draw(ScoreMatrix matrix, IReadOnlyList<(double MinScore, string Label)> bands)
    {
        var scopes = matrix.Scopes.Length;
        var legendHeight = ((scopes + LegendColumns - 1) / LegendColumns * LegendRow) + 8;
        var top = legendHeight + 20;
        var groupHeight = (scopes * BarHeight) + GroupGap;
        var height = top + (matrix.Rows.Length * groupHeight) + 24;
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" ")
            .Append("aria-labelledby=\"chart-title chart-desc\" ")
            .Append($"viewBox=\"0 0 {N(Width)} {N(height)}\"")
            .Append(Attributes(("width", Width), ("height", height))).Append(">\n")
            .Append("<title id=\"chart-title\">Scores by pillar and locality</title>\n")
            .Append("<desc id=\"chart-desc\">").Append(Description).Append("</desc>\n");
        Legend(svg, matrix);
        Grid(svg, bands, legendHeight, height);
        for (var row = 0; row < matrix.Rows.Length; row++)
        {
            Group(svg, matrix.Rows[row], top + (row * groupHeight));
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Legend(StringBuilder svg, ScoreMatrix matrix)
    {
        var columnWidth = Width / LegendColumns;
        for (var i = 0; i < matrix.Scopes.Length; i++)
        {
            var x = (i % LegendColumns) * columnWidth;
            var y = (i / LegendColumns) * LegendRow;
            var name = matrix.Scopes[i];
            var shown = name.Length > MaxLegendChars ? name.Substring(0, MaxLegendChars - 1) + "…" : name;
            Rect(svg, x, y + 3, 12, 12, Colour(i));
            svg.Append("<text").Append(Attributes(("x", x + 18), ("y", y + 13))).Append(" class=\"legend\">")
                .Append("<title>").Append(HtmlText.Escape(name)).Append("</title>")
                .Append(HtmlText.Escape(shown)).Append("</text>\n");
        }
    }

    /// <summary>A dashed line where each band starts and at 100, its score above, each band's name below its
    /// middle.</summary>
    private static void Grid(
        StringBuilder svg,
        IReadOnlyList<(double MinScore, string Label)> bands,
        int legendHeight,
        int height)
    {
        var starts = bands.Select(b => b.MinScore).Concat(new[] { 100.0 }).ToList();
        foreach (var score in starts)
        {
            var x = X(score);
            var line = Attributes(("x1", x), ("y1", legendHeight + 18), ("x2", x), ("y2", height - 18));
            svg.Append("<line").Append(line).Append(" class=\"grid\"/>");
            Text(svg, x, legendHeight + 14, "tick", N(score));
        }

        for (var i = 0; i < bands.Count; i++)
        {
            Text(svg, (X(starts[i]) + X(starts[i + 1])) / 2, height - 4, "band-label", bands[i].Label);
        }
    }

    private static void Group(StringBuilder svg, ScoreMatrixRow row, int y)
    {
        Text(svg, LabelWidth - 8, y + (row.Scores.Length * BarHeight / 2) + 4, "pillar", row.Label);
        for (var i = 0; i < row.Scores.Length; i++)
        {
            Bar(svg, row.Scores[i], row.Hidden[i], i, y + (i * BarHeight));
        }
    }

    private static void Bar(StringBuilder svg, double? score, string? hidden, int scope, int y)
    {
        if (score is null)
        {
            Text(svg, LabelWidth + 4, y + BarHeight - 3, "none", hidden ?? "no evidence");
            return;
        }

        Rect(svg, LabelWidth, y + 1, X(score.Value) - LabelWidth, BarHeight - 2, Colour(scope));
        Text(svg, X(score.Value) + 4, y + BarHeight - 3, "value", ReportNumbers.Score(score));
    }

    private static void Rect(
        StringBuilder svg,
        double x,
        double y,
        double width,
        double height,
        string fill) =>
        svg.Append("<rect").Append(Attributes(("x", x), ("y", y), ("width", width), ("height", height)))
            .Append(" fill=\"").Append(fill).Append("\"/>");

    private static void Text(StringBuilder svg, double x, double y, string cssClass, string text) =>
        svg.Append("<text").Append(Attributes(("x", x), ("y", y)))
            .Append(" class=\"").Append(cssClass).Append("\">")
            .Append(HtmlText.Escape(text)).Append("</text>\n");

    private static string Attributes(params (string Name, double Value)[] attributes) =>
        string.Concat(attributes.Select(a => " " + a.Name + "=\"" + N(a.Value) + "\""));

    private static double X(double score) =>
        LabelWidth + (System.Math.Max(0, System.Math.Min(100, score)) / 100 * PlotWidth);

    /// <summary>Coordinates in the invariant culture with one decimal at most: the chart must not depend on
    /// the machine.</summary>
    private static string N(double value) => ReportNumbers.Format(value, 1);

    private static string Colour(int scope) => Palette[scope % Palette.Length];
}
