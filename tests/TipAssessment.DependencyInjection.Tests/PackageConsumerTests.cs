using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace TipAssessment.DependencyInjection.Tests;

/// <summary>
/// The path an NGO developer takes: both packages packed into a local folder, a fresh console project that
/// references them by version from that folder only, and the README's snippet (samples/consumer/Program.cs)
/// as its program. It must print a gap chart.
/// </summary>
public sealed class PackageConsumerTests
{
    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(3);

    private readonly ITestOutputHelper _log;

    public PackageConsumerTests(ITestOutputHelper log) => _log = log;

    private static string Snippet => Path.Combine(Files.RepositoryRoot, "samples", "consumer", "Program.cs");

    [Fact]
    public void ReadmeSnippet_IsUnderTenLinesOfCode()
    {
        var code = File.ReadAllLines(Snippet).Count(l => l.Trim().Length > 0);

        Assert.InRange(code, 1, 9);
    }

    [Fact]
    public void FreshConsumer_ReferencingThePackedPackages_PrintsAGapChart()
    {
        var root = Files.NewTempDirectory("tipa-consumer");
        try
        {
            var watch = Stopwatch.StartNew();
            var (feed, version) = PackedFeed.Create(root, _log);
            _log.WriteLine($"packed {version} in {watch.Elapsed.TotalSeconds:F1} s");
            var consumer = ConsumerProject.Write(Path.Combine(root, "consumer"), feed, version, Snippet);

            var sample = Files.Seed(Path.Combine("samples", "minimal.assessment.json"));
            var (exit, output) = DotnetProcess.Run(
                consumer, ConsumerEnvironment(root), StepLimit, "run", "--", sample);
            _log.WriteLine($"packed, restored, built and ran in {watch.Elapsed.TotalSeconds:F1} s");

            Assert.True(exit == 0, output);
            Assert.Contains("\n## Gap chart", output, StringComparison.Ordinal);
            Assert.Contains("| Current state | Desired state | Gap |", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // A package cache of its own, so that no older TipAssessment package of the same version in the user's
    // cache can stand in for the fresh one (and the user's cache is left as it was).
    private static Dictionary<string, string> ConsumerEnvironment(string root) => new()
    {
        ["NUGET_PACKAGES"] = Path.Combine(root, "nuget-cache"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };
}
