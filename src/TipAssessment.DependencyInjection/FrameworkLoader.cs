using System;
using System.IO;
using System.Linq;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Serialization;

namespace TipAssessment.DependencyInjection;

/// <summary>Loads the framework the options name, once, when the container first resolves it.</summary>
internal static class FrameworkLoader
{
    public static AssessmentFramework Load(TipAssessmentOptions options)
    {
        if (options.FrameworkPath is not null)
        {
            var path = options.FrameworkPath;
            return Checked(FrameworkJson.ImportFile(path), "the file " + path);
        }

        if (options.FrameworkStream is null)
        {
            return StandardFramework.Load();
        }

        using var stream = options.FrameworkStream()
            ?? throw new InvalidOperationException("TipAssessmentOptions.FrameworkStream returned null.");
        return Checked(FrameworkJson.Import(stream), "the stream of TipAssessmentOptions.FrameworkStream");
    }

    // A broken framework is a deployment error: fail loudly on first use, with every problem listed.
    private static AssessmentFramework Checked(ImportResult<AssessmentFramework> result, string origin)
    {
        if (result.Value is not null)
        {
            return result.Value;
        }

        var lines = result.Errors.Select(p => Environment.NewLine + "  " + p);
        throw new InvalidOperationException(
            $"The framework from {origin} cannot be used; fix these problems:" + string.Concat(lines));
    }
}
