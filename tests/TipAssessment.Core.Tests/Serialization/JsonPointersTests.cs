using System.Linq;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

public class JsonPointersTests
{
    [Theory]
    [InlineData("a/b", "a~1b")]
    [InlineData("m~n", "m~0n")]
    [InlineData("~1", "~01")]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    public void Escape_SpecialCharacters_FollowsRfc6901AndUnescapeUndoesIt(string token, string escaped)
    {
        Assert.Equal(escaped, JsonPointers.Escape(token));
        Assert.Equal(token, JsonPointers.Unescape(escaped));
    }

    [Fact]
    public void Of_MixedSegments_BuildsThePointer()
    {
        Assert.Equal("/responses/12/a~1b", JsonPointers.Of("responses", 12, "a/b"));
    }

    [Theory]
    [InlineData("/a/b~1c", "/a", "b/c")]
    [InlineData("/a", "", "a")]
    [InlineData("", "", "")]
    public void ParentAndLastToken_SplitThePointer(string pointer, string parent, string last)
    {
        Assert.Equal(parent, JsonPointers.Parent(pointer));
        Assert.Equal(last, JsonPointers.LastToken(pointer));
    }

    [Fact]
    public void Order_SortsIndexesNumericallyAndParentsFirst()
    {
        var expected = new[]
        {
            "", "/country", "/responses/2", "/responses/2/rating", "/responses/10", "/responses/b",
        };
        var shuffled = expected.Reverse().ToArray();

        var sorted = shuffled.OrderBy(p => p, JsonPointers.Order);

        Assert.Equal(expected, sorted);
    }
}
