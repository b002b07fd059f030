using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using System.Xml;
using TipAssessment.Reports;
using Xunit;

namespace TipAssessment.Tests.Reports;

public sealed class HtmlReportTests
{
    private static string Html => HtmlReport.Render(ReportSamples.MinimalAnalysis);

    [Fact]
    public void Render_IsWellFormedXmlWithAnHtmlRoot()
    {
        var document = Parse(Html);

        Assert.Equal("html", document.Root!.Name.LocalName);
        Assert.StartsWith("<!DOCTYPE html>\n", Html);
    }

    [Fact]
    public void Render_ReferencesNoExternalResource()
    {
        Assert.DoesNotMatch(new Regex("(src|href)\\s*=", RegexOptions.IgnoreCase), Html);
        Assert.DoesNotContain("<script", Html);
        Assert.DoesNotContain("<link", Html);
        Assert.DoesNotContain("url(", Html);
    }

    [Fact]
    public void Render_DrawsOneBarPerScopeWithAPillarScore()
    {
        var analysis = ReportSamples.MinimalAnalysis;
        var svg = Parse(Html).Descendants().Single(e => e.Name.LocalName == "svg");

        var pillars = analysis.Scoring.RollUps.Sum(r => r.Root.Children.Count(p => p.Normalised is not null));
        var roots = analysis.Scoring.RollUps.Count(r => r.Root.Normalised is not null);
        var scores = pillars + roots;
        var legend = analysis.Scoring.RollUps.Length;
        Assert.Equal(scores + legend, svg.Descendants().Count(e => e.Name.LocalName == "rect"));
    }

    [Fact]
    public void Render_HostileFindingText_StaysText()
    {
        const string Hostile = "</td><script>alert('x')</script>";
        var findings = ReportSamples.Minimal.Findings;
        var assessment = ReportSamples.Minimal with
        {
            Findings = findings.SetItem(0, findings[0] with { CurrentState = Hostile }),
        };

        var html = HtmlReport.Render(ReportSamples.Analyse(assessment));

        var document = Parse(html);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "script");
        Assert.Contains(document.Descendants(), e => e.Name.LocalName == "td" && e.Value.Contains(Hostile));
    }

    [Fact]
    public void Render_IsTheSameInEveryCulture()
    {
        var french = ReportSamples.InCulture("fr-FR", () => HtmlReport.Render(ReportSamples.MinimalAnalysis));

        Assert.Equal(Html, french);
    }

    internal static XDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return XDocument.Load(reader);
    }
}
