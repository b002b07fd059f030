using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace TipAssessment.DependencyInjection;

/// <summary>Checks <see cref="TipAssessmentOptions"/> on first use and names every problem found.</summary>
internal sealed class TipAssessmentOptionsValidator : IValidateOptions<TipAssessmentOptions>
{
    public ValidateOptionsResult Validate(string? name, TipAssessmentOptions options)
    {
        var failures = new List<string>();
        if (options.FrameworkPath is not null && options.FrameworkStream is not null)
        {
            failures.Add("TipAssessmentOptions: set FrameworkPath or FrameworkStream, not both.");
        }

        if (options.FrameworkPath is not null && options.FrameworkPath.Trim().Length == 0)
        {
            failures.Add(
                "TipAssessmentOptions.FrameworkPath is empty; leave it null for the standard framework.");
        }

        if (options.Import is null)
        {
            failures.Add(
                "TipAssessmentOptions.Import must not be null; use AssessmentImportOptions.Default.");
        }

        CheckAnalysis(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckAnalysis(TipAssessmentOptions options, List<string> failures)
    {
        if (options.Analysis is null)
        {
            failures.Add("TipAssessmentOptions.Analysis must not be null; use AnalysisOptions.Default.");
            return;
        }

        if (options.Analysis.Baseline is not null)
        {
            failures.Add(
                "TipAssessmentOptions.Analysis.Baseline must be null: pass a baseline per call instead.");
        }

        try
        {
            options.Analysis.Validate();
        }
        catch (ArgumentException e)
        {
            // Core reports invalid option values as caller bugs; here they are configuration errors.
            failures.Add("TipAssessmentOptions.Analysis is invalid: " + e.Message);
        }
    }
}
