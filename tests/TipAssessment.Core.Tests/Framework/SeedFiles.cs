using System;
using System.IO;

namespace TipAssessment.Tests.Framework;

/// <summary>Where the test project's copies of the repository's seed and schema files are.</summary>
internal static class SeedFiles
{
    public static string FrameworkPath => Path.Combine(AppContext.BaseDirectory, "seeds", "framework.json");

    public static byte[] FrameworkBytes => File.ReadAllBytes(FrameworkPath);
}
