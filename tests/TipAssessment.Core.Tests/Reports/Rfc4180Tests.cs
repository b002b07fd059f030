using System;
using TipAssessment.Reports;
using Xunit;

namespace TipAssessment.Tests.Reports;

public sealed class Rfc4180Tests
{
    [Fact]
    public void Record_PlainFields_AreWrittenBareWithCrLfAfterEveryRecord()
    {
        var csv = new Rfc4180(new[] { "a", "b" });

        csv.Record(new[] { "1", "two words" });

        Assert.Equal("a,b\r\n1,two words\r\n", csv.ToString());
    }

    [Theory]
    [InlineData("x,y", "\"x,y\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    [InlineData("", "")]
    public void Record_FieldWithSpecialCharacters_IsQuotedWithInnerQuotesDoubled(string field, string written)
    {
        var csv = new Rfc4180(new[] { "h" });

        csv.Record(new[] { field });

        Assert.Equal("h\r\n" + written + "\r\n", csv.ToString());
    }

    [Fact]
    public void Record_WithTheWrongNumberOfFields_IsARendererBug()
    {
        var csv = new Rfc4180(new[] { "a", "b" });

        Assert.Throws<InvalidOperationException>(() => csv.Record(new[] { "only one" }));
    }

    [Fact]
    public void Record_ControlCharacters_AreReplacedNotWritten()
    {
        var csv = new Rfc4180(new[] { "h" });

        csv.Record(new[] { "bell\u0007here" });

        Assert.Equal("h\r\nbell\uFFFDhere\r\n", csv.ToString());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"\"x\"\")")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-not a number", "'-not a number")]
    public void Record_TextAFormulaWouldRun_IsKeptAsText(string field, string expected)
    {
        var csv = new Rfc4180(new[] { "h" });

        csv.Record(new[] { field });

        var written = csv.ToString().Substring("h\r\n".Length).TrimEnd('\r', '\n').Trim('"');
        Assert.Equal(expected, written);
    }

    [Theory]
    [InlineData("-12.5")]
    [InlineData("+3")]
    [InlineData("-1e3")]
    public void Record_Numbers_AreNeverChanged(string number)
    {
        var csv = new Rfc4180(new[] { "h" });

        csv.Record(new[] { number });

        Assert.Equal("h\r\n" + number + "\r\n", csv.ToString());
    }
}
