using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit.Abstractions;

namespace TipAssessment.DependencyInjection.Tests;

/// <summary>Packs Core and DI into a local folder, as the README tells a new user to.</summary>
internal static class PackedFeed
{
    private static readonly string[] Packages = { "TipAssessment.Core", "TipAssessment.DependencyInjection" };

    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Packs the build the tests run against when it is complete (after the solution's build, as in CI: a few
    /// seconds); otherwise builds both packages apart, in <paramref name="root"/>, under a unique version.
    /// </summary>
    /// <returns>The folder holding the packages, and their version.</returns>
    public static (string Feed, string Version) Create(string root, ITestOutputHelper log)
    {
        var feed = Path.Combine(root, "feed");
        var configuration = Metadata("Configuration");
        var inherited = new Dictionary<string, string>();
        if (Packages.All(p => Pack(p, root, inherited, "-c", configuration, "--no-build")))
        {
            log.WriteLine($"packed the existing {configuration} build");
            return (feed, Metadata("PackageVersion"));
        }

        // A build of its own: the shared tree's bin/obj stay untouched, and a unique version cannot be
        // mistaken for an older package of the same number.
        var version = "0.1.0-test." + Guid.NewGuid().ToString("N").Substring(0, 12);
        var isolated = new Dictionary<string, string>
        {
            ["TIPA_ARTIFACTS"] = Path.Combine(root, "artifacts"),
        };
        foreach (var package in Packages)
        {
            var packed = Pack(
                package, root, isolated, out var output, "-c", "Release", "-p:Version=" + version);
            Xunit.Assert.True(packed, output);
        }

        log.WriteLine("built and packed apart");
        return (feed, version);
    }

    private static bool Pack(
        string package,
        string root,
        Dictionary<string, string> environment,
        params string[] options) =>
        Pack(package, root, environment, out _, options);

    private static bool Pack(
        string package,
        string root,
        Dictionary<string, string> environment,
        out string output,
        params string[] options)
    {
        var csproj = Path.Combine(Files.RepositoryRoot, "src", package, package + ".csproj");
        var arguments = new[] { "pack", csproj, "-o", Path.Combine(root, "feed") }.Concat(options).ToArray();
        var (exit, text) = DotnetProcess.Run(root, environment, StepLimit, arguments);
        output = text;
        return exit == 0;
    }

    private static string Metadata(string key) => typeof(PackedFeed).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
