using System;
using System.IO;
using System.Linq;
using System.Xml;
using AngleSharp.Html.Parser;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary><c>analyze --format html</c>: one self-contained page that parses, on every sample.</summary>
public class HtmlFormatTests
{
    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Html_Sample_ParsesAsHtml5WithoutErrors(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample), "--format", "html");
        var errors = 0;
        var parser = new HtmlParser();
        parser.Error += (_, _) => errors++;

        var document = parser.ParseDocument(run.Stdout);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, errors);
        Assert.StartsWith("Gap analysis: ", document.Title);
        Assert.NotNull(document.QuerySelector("main h1"));
    }

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Html_Sample_IsAlsoWellFormedXml(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample), "--format", "html");
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };

        using var reader = XmlReader.Create(new StringReader(run.Stdout), settings);
        while (reader.Read())
        {
        }

        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Html_Sample_ReferencesNothingOutsideItself(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample), "--format", "html");
        var document = new HtmlParser().ParseDocument(run.Stdout);

        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed"));
        var references = document.All.SelectMany(e => e.Attributes)
            .Where(a => a.Name is "src" or "href" or "xlink:href" or "srcset" or "action")
            .Select(a => a.Value)
            .ToList();
        Assert.DoesNotContain(references, v => v.Contains("//", StringComparison.Ordinal));
        var css = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.DoesNotContain("@import", css);
        Assert.DoesNotContain("url(", css);
    }

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Html_Sample_HasAGapTableWithTheFiveColumnsAndEveryArea(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample), "--format", "html");
        var document = new HtmlParser().ParseDocument(run.Stdout);

        var headers = document.QuerySelectorAll("table.gap-chart").First()
            .QuerySelectorAll("th").Select(h => h.TextContent);
        var expected = new[]
        {
            "Current state", "Desired state", "Gap", "What is driving the gap?",
            "How can we help close the gap?",
        };
        Assert.Equal(expected, headers);
        var areaHeadings = document.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        var titles = Files.Framework.GetProperty("areas").EnumerateArray()
            .Select(a => a.GetProperty("title").GetString());
        Assert.All(titles, t => Assert.Contains(t, areaHeadings));
    }

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Html_Sample_DrawsTheScoreChartAsInlineSvgWithABarPerScore(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample), "--format", "html");
        var document = new HtmlParser().ParseDocument(run.Stdout);

        var svg = Assert.Single(document.QuerySelectorAll("svg"));
        var table = document.QuerySelector("table.scores")!;
        var scored = table.QuerySelectorAll("tbody td").Count(td => td.ClassList.Contains("band"));
        var legend = table.QuerySelectorAll("thead th").Length - 1;
        Assert.Equal(scored, svg.QuerySelectorAll("rect").Length - legend);
    }

    [Fact]
    public void Html_HasPrintStyles()
    {
        var run = Tool.Cached("analyze", Files.Sample("minimal.assessment.json"), "--format", "html");

        Assert.Contains("@media print", run.Stdout);
    }
}
