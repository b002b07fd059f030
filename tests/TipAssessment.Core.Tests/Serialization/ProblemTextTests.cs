using System.Text;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

public class ProblemTextTests
{
    [Theory]
    [InlineData("\u001b[2K\r", "\\u001B[2K\\u000D")]
    [InlineData("a\nb.json: valid", "a\\u000Ab.json: valid")]
    [InlineData("nul\u0000", "nul\\u0000")]
    [InlineData("\u202Eevil", "\\u202Eevil")]
    [InlineData("\u0085next", "\\u0085next")]
    public void ToString_ControlCharactersInPointerOrMessage_AreWrittenAsEscapes(string raw, string shown)
    {
        var problem = Problem.Error(ProblemCodes.DuplicateKey, "/extensions/" + raw, "Member " + raw + ".");

        var text = problem.ToString();

        Assert.Equal($"error json.duplicate-key at /extensions/{shown}: Member {shown}.", text);
        Assert.Equal("/extensions/" + raw, problem.Pointer); // the pointer itself stays exact
    }

    [Fact]
    public void ToString_PrintableText_IsUnchanged()
    {
        var problem = Problem.Warning("rule.x", "/responses/0/notes", "नेपाल é \"quoted\" \\ tab-free.");

        Assert.Equal(
            "warning rule.x at /responses/0/notes: नेपाल é \"quoted\" \\ tab-free.",
            problem.ToString());
    }

    [Fact]
    public void Import_MemberNameWithTerminalCodes_PrintsNoControlCharacter()
    {
        var json = "{\"kind\":\"tipassessment.assessment\",\"formatVersion\":\"1.0\","
            + "\"x\\u001b[2K\":1,\"x\\u001b[2K\":2}";

        var result = AssessmentJson.Import(Encoding.UTF8.GetBytes(json), TestFrameworks.Small());

        var problem = Assert.Single(result.Problems);
        Assert.DoesNotContain('\u001b', problem.ToString());
        Assert.Contains("\\u001B[2K", problem.ToString());
    }
}
