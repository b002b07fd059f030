using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary><c>analyze</c> with the default Markdown report, on every sample.</summary>
public class MarkdownFormatTests
{
    private const string FiveColumns =
        "| Current state | Desired state | Gap | What is driving the gap? | How can we help close the gap? |";

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Analyze_Sample_WritesTheFiveColumnChart(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(FiveColumns + "\n| --- | --- | --- | --- | --- |\n", run.Stdout);
    }

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Analyze_Sample_HasAHeadingForEveryAreaOfTheFramework(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample));

        var titles = Files.Framework.GetProperty("areas").EnumerateArray()
            .Select(a => a.GetProperty("title").GetString()!).ToList();
        Assert.Equal(5, titles.Count);
        Assert.All(titles, title => Assert.Contains("\n### " + title + "\n", run.Stdout));
    }

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Analyze_Sample_HasEverySectionTheIssueAsksFor(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample));

        var headings = new[]
        {
            "## Gap chart", "## Priority", "## Localities", "## Scores by pillar and locality",
            "## Disagreements between informant groups", "## Law against practice",
        };
        var positions = headings
            .Select(h => run.Stdout.IndexOf("\n" + h + "\n", StringComparison.Ordinal))
            .ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.OrderBy(p => p), positions);
    }

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Analyze_Sample_StatesItsProvenanceRightUnderTheTitle(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample));
        var provenance = Files.Parse(Files.Sample(sample)).GetProperty("provenance");
        var kind = provenance.GetProperty("kind").GetString();

        var lines = run.Stdout.Split('\n');
        Assert.StartsWith("# Gap analysis: ", lines[0]);
        Assert.StartsWith("> **Provenance: ", lines[2]);
        var expected = kind switch
        {
            "reconstructed-from-public-reports" => "reconstructed from public reports",
            "synthetic" => "synthetic",
            _ => "field work",
        };
        Assert.Contains(expected, lines[2]);
    }

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Analyze_Sample_NamesEveryLocalityInTheLocalitiesTable(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample));

        var localities = Files.Parse(Files.Sample(sample)).GetProperty("localities").EnumerateArray()
            .Select(l => l.GetProperty("name").GetString()!);
        var section = run.Stdout.Substring(run.Stdout.IndexOf("\n## Localities\n", StringComparison.Ordinal));
        Assert.All(localities, name => Assert.Contains("\n| " + Escaped(name), section));
    }

    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Analyze_Sample_WritesUtf8WithLfAndNoByteOrderMark(string sample)
    {
        var run = Tool.Cached("analyze", Files.Sample(sample));

        Assert.NotEqual(0xEF, run.StdoutBytes[0]);
        Assert.DoesNotContain('\r', run.Stdout);
        Assert.EndsWith("\n", run.Stdout);
    }

    [Fact]
    public void Analyze_TableRows_AllHaveAsManyCellsAsTheirHeader()
    {
        var run = Tool.Cached("analyze", Files.Sample("minimal.assessment.json"));

        var tables = run.Stdout.Split("\n\n").Where(b => b.StartsWith("| ")).ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var counts = table.TrimEnd('\n').Split('\n').Select(MarkdownTables.Cells).ToList();
            Assert.All(counts, c => Assert.Equal(counts[0], c));
        }
    }

    private static string Escaped(string text) =>
        string.Concat(text.Select(c => c switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            _ when "\\`*_[]|#~!".IndexOf(c) >= 0 => "\\" + c,
            _ => c.ToString(),
        }));
}
