using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace TipAssessment.Benchmarks;

/// <summary>
/// Runs the benchmarks with BenchmarkDotNet's usual arguments. <c>--smoke</c> stands for
/// <c>--job dry --inProcess --filter *</c> at the smallest scale only. Exits 1 when no benchmark ran or
/// one failed, because BenchmarkDotNet itself exits 0 when a filter matches nothing.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var list = args.ToList();
        Documents.SmokeOnly = list.Remove("--smoke");
        if (Documents.SmokeOnly)
        {
            list.AddRange(["--job", "dry", "--inProcess", "--filter", "*"]);
        }

        var config = list.Contains("--job")
            ? DefaultConfig.Instance
            : DefaultConfig.Instance.AddJob(
                Job.Default.WithWarmupCount(3).WithIterationCount(10).AsDefault());
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(list.ToArray(), config.AddDiagnoser(MemoryDiagnoser.Default))
            .ToList();
        return Verdict(summaries);
    }

    private static int Verdict(List<BenchmarkDotNet.Reports.Summary> summaries)
    {
        var ran = summaries.Sum(s => s.Reports.Count(r => r.Success));
        var failed = summaries.Sum(s => s.Reports.Count(r => !r.Success))
            + summaries.Count(s => s.HasCriticalValidationErrors);
        Console.WriteLine($"executed benchmarks: {ran}, failed: {failed}");
        return ran > 0 && failed == 0 ? 0 : 1;
    }
}
