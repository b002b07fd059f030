using System.IO;
using System.Linq;
using AngleSharp.Html.Parser;
using TipAssessment.Tests.Reports;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary>
/// Text in an assessment can hold anything (markup, pipes, line breaks, quotes); no report may let it become
/// structure. The minimal sample's finding and a locality name are replaced by hostile text.
/// </summary>
public class HostileTextTests
{
    private const string Markup = "<script>alert(1)</script> a | b \"q\" 'r' &";

    private const string Hostile = Markup + " **bold** [link](http://x.example)\nnext line, \"comma\"";

    private static readonly string Path = MakeHostileCopy();

    [Fact]
    public void Html_HostileText_StaysText()
    {
        var run = Tool.Cached("analyze", Path, "--format", "html");
        var document = new HtmlParser().ParseDocument(run.Stdout);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(document.QuerySelectorAll("script, a"));
        Assert.Contains(document.QuerySelectorAll("td"), td => td.TextContent.Contains(Markup));
    }

    [Fact]
    public void Markdown_HostileText_NeitherBreaksATableNorAddsMarkup()
    {
        var run = Tool.Cached("analyze", Path);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("<script>", run.Stdout);
        Assert.DoesNotMatch(@"(?<!\\)\]\(http", run.Stdout);
        var chart = run.Stdout.Split('\n').Where(l => l.StartsWith("| ") && l.Contains("alert(1)")).ToList();
        Assert.NotEmpty(chart);
        Assert.All(chart, l => Assert.Equal(5, MarkdownTables.Cells(l)));
    }

    [Fact]
    public void Csv_HostileText_RoundTripsThroughAnRfc4180Reader()
    {
        var run = Tool.Cached("analyze", Path, "--format", "csv");

        var records = CsvText.Parse(run.Stdout);
        Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));
        Assert.Contains(records, r => r[9].Contains(Hostile));
    }

    private static string MakeHostileCopy()
    {
        var text = File.ReadAllText(Files.Sample("minimal.assessment.json"));
        var json = System.Text.Json.JsonSerializer.Serialize(Hostile);
        var finding = Files.Parse(Files.Sample("minimal.assessment.json"))
            .GetProperty("findings")[0].GetProperty("currentState").GetString()!;
        var hostile = text.Replace(System.Text.Json.JsonSerializer.Serialize(finding), json)
            .Replace("\"name\": \"District A\"", "\"name\": \"District <b>A</b> | x\"");
        var path = System.IO.Path.Combine(Files.Scratch(), "hostile.assessment.json");
        File.WriteAllText(path, hostile);
        return path;
    }
}
