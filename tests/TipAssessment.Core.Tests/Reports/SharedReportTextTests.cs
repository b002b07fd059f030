using System;
using System.Linq;
using TipAssessment.Reports;
using TipAssessment.Tests.Redaction;
using Xunit;

namespace TipAssessment.Tests.Reports;

/// <summary>The shared Markdown and HTML reports as a whole: no informant's words or code, and the
/// suppressions said.</summary>
public class SharedReportTextTests
{
    private static readonly Lazy<string> Markdown =
        new(() => MarkdownReport.Render(SharedReportSamples.Nepal, null));

    private static readonly Lazy<string> Html = new(() => HtmlReport.Render(SharedReportSamples.Nepal, null));

    [Fact]
    public void Render_SharedNepal_ContainsNoNoteFindingProposalOrInformantCodeOfTheOriginal()
    {
        var secrets = RedactionSamples.Secrets(RedactionSamples.Nepal).Distinct().ToList();

        Assert.NotEmpty(secrets);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, Markdown.Value, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, Html.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_SharedNepal_SaysItIsSharedAndShowsSuppressedCells()
    {
        const string Mark = "suppressed (fewer than 5 informants)";

        Assert.Contains("Shared copy:", Markdown.Value, StringComparison.Ordinal);
        Assert.Contains(Mark, Markdown.Value, StringComparison.Ordinal);
        Assert.Contains(Mark, Html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SharedNepal_DiffersFromTheUnsharedReportOfTheSameAnalysis()
    {
        var plain = MarkdownReport.Render(SharedReportSamples.Nepal.Analysis);

        Assert.DoesNotContain("suppressed (", plain, StringComparison.Ordinal);
        Assert.NotEqual(plain, Markdown.Value);
    }
}
