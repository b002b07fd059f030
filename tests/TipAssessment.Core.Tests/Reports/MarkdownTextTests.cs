using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using TipAssessment.Reports;
using Xunit;

namespace TipAssessment.Tests.Reports;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("a | b", "a \\| b")]
    [InlineData("one\ntwo", "one<br>two")]
    [InlineData("one\r\ntwo", "one<br>two")]
    [InlineData("<script>", "&lt;script&gt;")]
    [InlineData("**bold** [x](y)", "\\*\\*bold\\*\\* \\[x\\](y)")]
    [InlineData("R&D", "R&amp;D")]
    public void Cell_EscapesWhatWouldBecomeMarkdownOrBreakTheRow(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Cell(text));
    }

    [Fact]
    public void Inline_TurnsLineBreaksIntoSpaces()
    {
        Assert.Equal("one two", MarkdownText.Inline("one\ntwo"));
    }

    [Property(MaxTest = 500)]
    public bool Cell_NeverHoldsALineBreakOrAnUnescapedPipeOrAngleBracket(NonNull<string> text)
    {
        var cell = MarkdownText.Cell(text.Get);
        var unescapedPipes = Enumerable.Range(0, cell.Length)
            .Count(i => cell[i] == '|' && (i == 0 || cell[i - 1] != '\\'));
        var withoutBreaks = cell.Replace("<br>", string.Empty);
        return unescapedPipes == 0 && !cell.Contains('\n') && !cell.Contains('\r')
            && !withoutBreaks.Contains('<') && !withoutBreaks.Contains('>');
    }
}
