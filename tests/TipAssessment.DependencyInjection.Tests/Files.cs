using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace TipAssessment.DependencyInjection.Tests;

/// <summary>Where the tests find the seeds copied next to them, and the repository they were built
/// from.</summary>
internal static class Files
{
    public static string Seed(string relative) => Path.Combine(AppContext.BaseDirectory, "seeds", relative);

    public static string RepositoryRoot { get; } = typeof(Files).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>A fresh empty directory under the system's temporary folder.</summary>
    public static string NewTempDirectory(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
