using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace TipAssessment.Cli.Tests;

/// <summary>The repository's files as copied next to the tests, and facts read from them.</summary>
public static class Files
{
    public static string Seeds => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string FrameworkPath => Path.Combine(Seeds, "framework.json");

    public static string AnalysisSchemaPath =>
        Path.Combine(AppContext.BaseDirectory, "schemas", "analysis.schema.json");

    /// <summary>Every sample assessment under seeds/samples, by file name.</summary>
    public static IEnumerable<object[]> Samples =>
        Directory.GetFiles(Path.Combine(Seeds, "samples"), "*.assessment.json")
            .Select(Path.GetFileName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new object[] { n! });

    public static string Sample(string name) => Path.Combine(Seeds, "samples", name);

    public static JsonElement Framework { get; } = Parse(FrameworkPath);

    public static JsonElement Parse(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }

    private static readonly Lazy<string> ScratchRoot = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "tipassess-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveQuietly(root);
        return root;
    });

    /// <summary>A new scratch directory for one test, inside one directory for the whole test run that is
    /// removed when the process exits.</summary>
    public static string Scratch()
    {
        var path = Path.Combine(ScratchRoot.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static void RemoveQuietly(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (a tool process not yet gone): the OS's temp cleanup gets it later.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
