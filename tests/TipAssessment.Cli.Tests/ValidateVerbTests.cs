using System.IO;
using System.Text;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary><c>validate</c>: exit 0 for a valid document, 1 for an invalid one, 2 for a path that cannot be
/// opened.</summary>
public class ValidateVerbTests
{
    [Theory]
    [MemberData(nameof(Files.Samples), MemberType = typeof(Files))]
    public void Validate_EverySample_IsValidWithExitZero(string sample)
    {
        var run = Tool.Cached("validate", Files.Sample(sample));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid assessment document", run.Stdout);
    }

    [Fact]
    public void Validate_TheStandardFrameworkDocument_IsToldApartByItsKindAndValid()
    {
        var run = Tool.Cached("validate", Files.FrameworkPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid framework document", run.Stdout);
    }

    [Fact]
    public void Validate_EmptyFile_IsAnInvalidDocument()
    {
        var run = Tool.Run("validate", Write("empty.json", new byte[0]));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("json.empty", run.Stdout);
    }

    [Fact]
    public void Validate_Utf16File_IsAnInvalidDocumentNotAnUnreadableOne()
    {
        var bytes = Concat(Encoding.Unicode.GetPreamble(), Encoding.Unicode.GetBytes("{\"kind\": 1}"));
        var run = Tool.Run("validate", Write("utf16.json", bytes));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("json.not-utf8", run.Stdout);
    }

    [Fact]
    public void Validate_InvalidUtf8Bytes_AreAnInvalidDocument()
    {
        var bytes = Concat(Encoding.ASCII.GetBytes("{\"title\": \""), new byte[] { 0xE9, 0x22, 0x7D });
        var run = Tool.Run("validate", Write("latin1.json", bytes));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("json.not-utf8", run.Stdout);
    }

    [Fact]
    public void Validate_MalformedJson_IsInvalidWithLineAndPosition()
    {
        var text = "{\n  \"kind\": \"tipassessment.assessment\",\n  \"id\": }\n";
        var run = Tool.Run("validate", Write("malformed.json", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"json\.malformed at line 3, position \d+", run.Stdout);
    }

    [Fact]
    public void Validate_AssessmentBreakingARule_PrintsTheProblemsJsonPointer()
    {
        var text = File.ReadAllText(Files.Sample("minimal.assessment.json"))
            .Replace("\"country\": \"NP\"", "\"country\": \"np\"");
        var run = Tool.Run("validate", Write("lower-country.json", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(" at /country: ", run.Stdout);
    }

    [Fact]
    public void Validate_MissingFile_IsABadArgumentWithExitTwo()
    {
        var run = Tool.Cached("validate", Path.Combine(Files.Scratch(), "no-such-file.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Validate_Directory_IsABadArgumentWithExitTwo()
    {
        var run = Tool.Run("validate", Files.Scratch());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a directory", run.Stderr);
    }

    internal static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Files.Scratch(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Concat(byte[] a, byte[] b)
    {
        var all = new byte[a.Length + b.Length];
        a.CopyTo(all, 0);
        b.CopyTo(all, a.Length);
        return all;
    }
}
