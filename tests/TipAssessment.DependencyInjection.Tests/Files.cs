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

    private static readonly Lazy<string> TempRoot = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "tipa-di-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveQuietly(root);
        return root;
    });

    /// <summary>A fresh empty directory, inside one directory under the system's temporary folder for the
    /// whole test run, which is removed when the process exits.</summary>
    public static string NewTempDirectory(string prefix)
    {
        var path = Path.Combine(TempRoot.Value, prefix + "-" + Guid.NewGuid().ToString("N"));
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
            // A file still open (a child process not yet gone): the OS's temp cleanup gets it later.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
