using System;
using System.IO;
using System.Linq;
using System.Text;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>
/// The shared reader: limits, encodings, malformed text and duplicate members, before any model.
/// </summary>
public class JsonInputTests
{
    private static readonly JsonReadLimits Defaults = JsonReadLimits.Default;

    [Fact]
    public void Read_WellFormedObject_ReturnsTheDocument()
    {
        var result = JsonInput.Read("{\"a\": [1, 2]}", Defaults);

        using var document = result.Value;
        Assert.NotNull(document);
        Assert.Equal(2, document!.RootElement.GetProperty("a").GetArrayLength());
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"a\":1}")).ToArray();

        using var document = JsonInput.Read(bytes, Defaults).Value;

        Assert.Equal(1, document!.RootElement.GetProperty("a").GetInt32());
    }

    [Fact]
    public void Read_StringStartingWithByteOrderMarkCharacter_IsAccepted()
    {
        using var document = JsonInput.Read("\uFEFF{\"a\":1}", Defaults).Value;

        Assert.NotNull(document);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Read_WideEncodings_AreRefusedAsNotUtf8(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes("{\"a\":1}");

        var result = JsonInput.Read(bytes, Defaults);

        Assert.Equal(ProblemCodes.NotUtf8, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Read_InvalidUtf8OnSecondLine_ReportsLineAndPosition()
    {
        var bytes = Encoding.ASCII.GetBytes("{\n  \"a\": \"x?\"}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xC0;

        var problem = Assert.Single(JsonInput.Read(bytes, Defaults).Problems);

        Assert.Equal(ProblemCodes.NotUtf8, problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.Equal(10, problem.Position);
    }

    [Fact]
    public void Read_StringWithUnpairedSurrogate_IsRefusedAsNotUtf8()
    {
        var problem = Assert.Single(JsonInput.Read("{\"a\":\"\uD800\"}", Defaults).Problems);

        Assert.Equal(ProblemCodes.NotUtf8, problem.Code);
    }

    // The unpaired half is added in code: an attribute's strings are stored as UTF-8, which cannot hold it.
    [Theory]
    [InlineData("{\n  \"a\": \"x", 0xDC00, 2, 10)]
    [InlineData("{\n\"é\": \"\uD83D\uDE00", 0xD800, 2, 12)] // é takes two bytes, the pair four
    public void Read_StringWithUnpairedSurrogate_ReportsLineAndPositionAsForBytes(
        string before, int half, int line, int position)
    {
        var text = before + (char)half + "\"}";

        var problem = Assert.Single(JsonInput.Read(text, Defaults).Problems);

        Assert.Equal(ProblemCodes.NotUtf8, problem.Code);
        Assert.Equal(line, problem.Line);
        Assert.Equal(position, problem.Position);
        Assert.Contains($"line {line}, position {position}", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t")]
    public void Read_NothingButWhiteSpace_IsEmpty(string text)
    {
        Assert.Equal(ProblemCodes.EmptyDocument, Assert.Single(JsonInput.Read(text, Defaults).Problems).Code);
    }

    [Fact]
    public void Read_MalformedText_ReportsOneBasedLineAndPositionAndTheOpenContainer()
    {
        const string text = "{\n  \"a\": {\n    \"b\": tru\n  }\n}";

        var problem = Assert.Single(JsonInput.Read(text, Defaults).Problems);

        Assert.Equal(ProblemCodes.MalformedJson, problem.Code);
        Assert.Equal("/a", problem.Pointer);
        Assert.Equal(3, problem.Line);
        Assert.DoesNotContain("LineNumber", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedText_SaysItMayBeTruncated()
    {
        var problem = Assert.Single(JsonInput.Read("{\"a\": [1, 2", Defaults).Problems);

        Assert.Contains("truncated", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateMembers_ReportsEachDuplicateAtItsOwnPointer()
    {
        var result = JsonInput.Read("{\"a\":1,\"x\":[{\"b/c\":1,\"b/c\":2}],\"a\":3}", Defaults);

        Assert.Equal(
            new[] { "/a", "/x/0/b~1c" },
            result.Problems.Select(p => p.Pointer).OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(result.Problems, p => Assert.Equal(ProblemCodes.DuplicateKey, p.Code));
    }

    [Fact]
    public void Read_SameMemberNameInSiblingObjects_IsNotADuplicate()
    {
        Assert.True(JsonInput.Read("[{\"a\":1},{\"a\":2}]", Defaults).Succeeded);
    }

    [Theory]
    [InlineData(8, true)]
    [InlineData(9, false)]
    public void Read_NestingAtAndBeyondTheLimit_IsAcceptedThenRefused(int depth, bool accepted)
    {
        var text = new string('[', depth) + new string(']', depth);

        var result = JsonInput.Read(text, new JsonReadLimits(1000, 8));

        Assert.Equal(accepted, result.Succeeded);
        Assert.Equal(accepted ? 0 : 1, result.Problems.Count(p => p.Code == ProblemCodes.TooDeep));
    }

    [Fact]
    public void Read_TooDeep_PointsAtTheFirstContainerBeyondTheLimit()
    {
        var problem = Assert.Single(JsonInput.Read("{\"a\":[[[{}]]]}", new JsonReadLimits(1000, 3)).Problems);

        Assert.Equal("/a/0/0", problem.Pointer);
    }

    [Fact]
    public void Read_TextLargerThanTheLimit_IsRefusedBeforeParsing()
    {
        var result = JsonInput.Read("{\"a\":\"" + new string('x', 100) + "\"}", new JsonReadLimits(50, 64));

        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Read_LimitCountsUtf8BytesNotCharacters()
    {
        var text = "{\"a\":\"" + new string('\u0928', 20) + "\"}";

        Assert.True(JsonInput.Read(text, new JsonReadLimits(68, 64)).Succeeded);
        Assert.False(JsonInput.Read(text, new JsonReadLimits(67, 64)).Succeeded);
    }

    [Fact]
    public void Read_NonSeekableStreamOverTheLimit_StopsReadingSoonAfterTheLimit()
    {
        var stream = new CountingStream(new MemoryStream(new byte[10_000_000]));

        var result = JsonInput.Read(stream, new JsonReadLimits(1000, 64));

        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(result.Problems).Code);
        Assert.True(stream.BytesRead < 200_000, $"{stream.BytesRead} bytes read");
    }

    [Fact]
    public void Read_SeekableStreamOverTheLimit_IsRefusedWithoutReading()
    {
        var stream = new MemoryStream(new byte[5000]);

        var result = JsonInput.Read(stream, new JsonReadLimits(1000, 64));

        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(result.Problems).Code);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void Read_StreamThatFails_IsAnUnreadableProblem()
    {
        var result = JsonInput.Read(new FailingStream(), Defaults);

        Assert.Equal(ProblemCodes.Unreadable, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void ReadFile_MissingFile_IsAnUnreadableProblem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tipassessment-{Guid.NewGuid():N}.json");

        var result = JsonInput.ReadFile(path, Defaults);

        Assert.Equal(ProblemCodes.Unreadable, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void ReadFile_Directory_IsAnUnreadableProblem()
    {
        var result = JsonInput.ReadFile(Path.GetTempPath(), Defaults);

        Assert.Equal(ProblemCodes.Unreadable, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Read_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => JsonInput.Read((string)null!, Defaults));
        Assert.Throws<ArgumentNullException>(() => JsonInput.Read((Stream)null!, Defaults));
        Assert.Throws<ArgumentNullException>(() => JsonInput.Read("{}", null!));
    }

    private sealed class CountingStream : Stream
    {
        private readonly Stream _inner;

        public CountingStream(Stream inner) => _inner = inner;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = _inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class FailingStream : MemoryStream
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) =>
            throw new IOException("The device is not ready.");
    }
}
