namespace TipAssessment.Reports;

/// <summary>
/// The report's one style sheet, inline: system fonts only (nothing is fetched), readable on a screen, and
/// on paper without the wide-screen frills: tables keep their header on every page and rows are not split.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = @"
:root { --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --shade: #f3f4f6; --accent: #0b5394; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
main { max-width: 80rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem;
  border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; color: var(--accent); }
p { margin: .4rem 0 .8rem; max-width: 60rem; }
p.callout { border-left: 4px solid #b45309; background: #fff7ed; padding: .6rem .9rem; max-width: none; }
.table-wrap { overflow-x: auto; margin: .4rem 0 1.2rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--shade); }
tbody tr:nth-child(even) td { background: #fafafa; }
table.gap-chart td { width: 20%; }
td.band-critical { background: #fde2e1 !important; }
td.band-weak { background: #feecd2 !important; }
td.band-developing { background: #fdf7d2 !important; }
td.band-strong { background: #ddf3e4 !important; }
svg.chart { max-width: 100%; height: auto; display: block; margin: .5rem 0 1rem; }
svg.chart text { font: 11px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  fill: var(--ink); }
svg.chart .pillar { text-anchor: end; font-weight: 600; }
svg.chart .tick, svg.chart .band-label { text-anchor: middle; fill: var(--muted); }
svg.chart .none { fill: var(--muted); font-style: italic; }
svg.chart .grid { stroke: var(--rule); stroke-dasharray: 3 3; }
footer { color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); margin-top: 2rem;
  padding-top: .5rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  svg.chart, p.callout { break-inside: avoid; page-break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";
}
