using System.Xml;
using FsCheck;
using FsCheck.Xunit;
using TipAssessment.Reports;
using Xunit;

namespace TipAssessment.Tests.Reports;

public sealed class HtmlTextTests
{
    [Fact]
    public void Escape_ReplacesEveryMarkupCharacter()
    {
        var escaped = HtmlText.Escape("<a href=\"x\">Tom & Jerry's</a>");

        Assert.Equal("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;", escaped);
    }

    [Property(MaxTest = 500)]
    public bool Escape_AnyText_IsWellFormedXmlTextAndAnAttributeValue(NonNull<string> text)
    {
        var escaped = HtmlText.Escape(text.Get);
        var document = new XmlDocument();
        document.LoadXml("<p title=\"" + escaped + "\">" + escaped + "</p>");
        var element = document.DocumentElement!;
        return element.Attributes.Count == 1 && element.SelectNodes("*")!.Count == 0;
    }
}
