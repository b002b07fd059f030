using System.IO;
using System.Linq;
using Xunit;

namespace TipAssessment.Cli.Tests;

/// <summary><c>framework</c>: the framework in use, with its counts and questions.</summary>
public class FrameworkVerbTests
{
    [Fact]
    public void Framework_Markdown_GivesTheCountsOfTheFrameworkInUse()
    {
        var run = Tool.Cached("framework");

        var f = Files.Framework;
        var placements = f.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("topics").EnumerateArray())
            .Sum(t => t.GetProperty("questions").GetArrayLength());
        var distinct = f.GetProperty("questions").GetArrayLength();
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{placements} question entries; {distinct} distinct questions", run.Stdout);
        Assert.Contains($"{f.GetProperty("informantTypes").GetArrayLength()} informant types", run.Stdout);
    }

    [Fact]
    public void Framework_Markdown_ListsEveryQuestionId()
    {
        var run = Tool.Cached("framework");

        var ids = Files.Framework.GetProperty("questions").EnumerateArray()
            .Select(q => q.GetProperty("id").GetString()!);
        Assert.All(ids, id => Assert.Contains("| " + id + " |", run.Stdout));
    }

    [Fact]
    public void Framework_Json_IsAFrameworkDocumentThatValidates()
    {
        var run = Tool.Cached("framework", "--format", "json");
        var path = Path.Combine(Files.Scratch(), "framework.json");
        File.WriteAllText(path, run.Stdout);

        var check = Tool.Run("validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("valid framework document", check.Stdout);
    }

    [Fact]
    public void Framework_WithATailoredFrameworkFile_UsesThatFile()
    {
        var title = Files.Framework.GetProperty("title").GetString();
        var text = File.ReadAllText(Files.FrameworkPath)
            .Replace($"\"title\": \"{title}\"", "\"title\": \"A tailored copy\"");
        var path = Path.Combine(Files.Scratch(), "tailored.json");
        File.WriteAllText(path, text);

        var run = Tool.Run("framework", "--framework", path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# A tailored copy\n", run.Stdout);
    }

    [Fact]
    public void Framework_InvalidFrameworkFile_ExitsWithOne()
    {
        var path = Path.Combine(Files.Scratch(), "not-a-framework.json");
        File.WriteAllText(path, "{\"kind\": \"tipassessment.framework\", \"formatVersion\": \"1.0\"}");

        var run = Tool.Run("framework", "--framework", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("schema.", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }
}
