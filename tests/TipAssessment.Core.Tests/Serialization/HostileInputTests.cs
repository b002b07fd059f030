using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>
/// Inputs too large to commit, generated here: none crashes, none hangs, each returns its problem.
/// </summary>
public class HostileInputTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("[", "", "]")]
    [InlineData("{\"a\":", "1", "}")]
    public void Import_NestedOneHundredThousandDeep_IsTooDeepQuickly(string open, string inner, string close)
    {
        const int depth = 100_000;
        var text = string.Concat(Enumerable.Repeat(open, depth)) + inner
            + string.Concat(Enumerable.Repeat(close, depth));

        var result = Timed(() => AssessmentJson.Import(text, TestFrameworks.Small()));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.TooDeep, problem.Code);
    }

    [Fact]
    public void Import_DeepButUnclosed_IsTooDeepNotMalformed()
    {
        var result = AssessmentJson.Import(new string('[', 1_000_000), TestFrameworks.Small());

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.TooDeep, problem.Code);
    }

    [Fact]
    public void ImportFile_LargerThanAConfiguredLimit_IsRefusedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tipassessment-big-{Guid.NewGuid():N}.json");
        try
        {
            var text = SmallDocuments.Valid().Text();
            File.WriteAllText(path, text);

            var options = new AssessmentImportOptions { MaxBytes = text.Length - 1 };

            var result = AssessmentJson.ImportFile(path, TestFrameworks.Small(), options);

            Assert.Equal(ProblemCodes.TooLarge, Assert.Single(result.Problems).Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Import_ExactlyAtTheLimit_IsRead()
    {
        var text = SmallDocuments.Valid().Text();

        var options = new AssessmentImportOptions { MaxBytes = text.Length };

        var result = AssessmentJson.Import(text, TestFrameworks.Small(), options);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Import_HugeStringWithinTheLimit_IsReadWhole()
    {
        var document = SmallDocuments.Valid();
        var notes = new string('n', 5_000_000);
        document["responses"]![0]!["notes"] = notes;

        var result = Timed(() => AssessmentJson.Import(document.Text(), TestFrameworks.Small()));

        Assert.Equal(notes, result.Value!.Responses[0].Notes);
    }

    [Fact]
    public void Import_ManyDuplicateKeys_ReportsEachQuickly()
    {
        var text = "{" + string.Join(",", Enumerable.Repeat("\"a\":1", 50_000)) + "}";

        var result = Timed(() => AssessmentJson.Import(text, TestFrameworks.Small()));

        Assert.Equal(49_999, result.Problems.Count(p => p.Code == ProblemCodes.DuplicateKey));
    }

    [Fact]
    public void Import_Utf16WithoutBom_IsNotUtf8()
    {
        var bytes = Encoding.Unicode.GetBytes(SmallDocuments.Valid().Text());

        var result = AssessmentJson.Import(new MemoryStream(bytes), TestFrameworks.Small());

        Assert.Equal(ProblemCodes.NotUtf8, Assert.Single(result.Problems).Code);
    }

    [Theory]
    [InlineData(new byte[] { 0 })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { (byte)'"' })]
    [InlineData(new byte[] { (byte)'1' })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0, 0, 0, 0 })]
    public void Import_TinyInputs_GiveOneProblemEach(byte[] bytes)
    {
        var result = AssessmentJson.Import(new MemoryStream(bytes), TestFrameworks.Small());

        Assert.False(result.Succeeded);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Import_EveryPrefixOfTheSample_NeverThrows()
    {
        var bytes = File.ReadAllBytes(SampleFiles.Minimal);

        for (var length = 0; length < bytes.Length; length += 7)
        {
            var result = AssessmentJson.Import(new MemoryStream(bytes, 0, length), StandardFramework.Load());

            Assert.False(result.Succeeded, $"prefix of {length} bytes");
        }
    }

    [Fact]
    public void Import_RandomByteFlipsInTheSample_NeverThrow()
    {
        var original = File.ReadAllBytes(SampleFiles.Minimal);
        var random = new Random(20250203);

        for (var i = 0; i < 500; i++)
        {
            var bytes = (byte[])original.Clone();
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);

            var result = AssessmentJson.Import(new MemoryStream(bytes), StandardFramework.Load());

            Assert.True(result.Succeeded || result.Errors.Length > 0);
        }
    }

    private static T Timed<T>(Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        var result = action();
        Assert.True(watch.Elapsed < Quick, $"took {watch.Elapsed}");
        return result;
    }
}
