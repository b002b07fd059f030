using System.Text.Json;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>
/// The header is checked before the schema, so a wrong kind or version gives one clear problem.
/// </summary>
public class DocumentHeaderTests
{
    private static readonly string[] Understood = { "0.9", "1.0" };

    [Fact]
    public void Check_CurrentVersion_PassesAndReturnsIt()
    {
        var problems = Check("{\"kind\":\"k\",\"formatVersion\":\"1.0\"}", out var version);

        Assert.Empty(problems);
        Assert.Equal("1.0", version);
    }

    [Fact]
    public void Check_NewerVersion_NamesTheUnderstoodVersionsAndSaysToUpdate()
    {
        var problem = Assert.Single(Check("{\"kind\":\"k\",\"formatVersion\":\"1.10\"}", out _));

        Assert.Equal(ProblemCodes.UnknownFormatVersion, problem.Code);
        Assert.Contains("\"0.9\", \"1.0\"", problem.Message, System.StringComparison.Ordinal);
        Assert.Contains("update", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OlderUnknownVersion_DoesNotSayItIsNewer()
    {
        var problem = Assert.Single(Check("{\"kind\":\"k\",\"formatVersion\":\"0.5\"}", out _));

        Assert.DoesNotContain("newer", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WrongKind_IsOneProblemEvenWhenEverythingElseIsWrong()
    {
        var problem = Assert.Single(Check("{\"kind\":\"other\",\"formatVersion\":7,\"x\":1}", out _));

        Assert.Equal(ProblemCodes.WrongKind, problem.Code);
        Assert.Equal("/kind", problem.Pointer);
    }

    [Theory]
    [InlineData("{\"formatVersion\":\"1.0\"}", ProblemCodes.MissingMember, "/kind")]
    [InlineData("{\"kind\":1,\"formatVersion\":\"1.0\"}", ProblemCodes.WrongType, "/kind")]
    [InlineData("{\"kind\":\"k\"}", ProblemCodes.MissingMember, "/formatVersion")]
    [InlineData("\"text\"", ProblemCodes.WrongType, "")]
    public void Check_MissingOrMistypedHeader_PointsAtIt(string json, string code, string pointer)
    {
        var problem = Assert.Single(Check(json, out _));

        Assert.Equal(code, problem.Code);
        Assert.Equal(pointer, problem.Pointer);
    }

    private static System.Collections.Immutable.ImmutableArray<Problem> Check(string json, out string version)
    {
        using var document = JsonDocument.Parse(json);
        return DocumentHeader.Check(document.RootElement, "k", Understood, out version);
    }
}
