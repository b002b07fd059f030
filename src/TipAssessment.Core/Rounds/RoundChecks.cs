using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TipAssessment.Assessments;
using TipAssessment.Problems;

namespace TipAssessment.Rounds;

/// <summary>
/// Sanity checks before two rounds are compared: a comparison of the wrong documents still produces
/// plausible numbers, so the caller should show these warnings next to it.
/// </summary>
/// <remarks>Thread-safe: no state. The checks never stop a comparison; they only warn.</remarks>
public static class RoundChecks
{
    /// <summary>Checks that a baseline and a follow-up look like two rounds of the same assessment, in
    /// order.</summary>
    /// <param name="baseline">The earlier round.</param>
    /// <param name="followUp">The later round.</param>
    /// <returns>Warnings, with JSON Pointers into the baseline document, in this order:
    /// <see cref="ProblemCodes.RoundsCountryDiffers"/>, <see cref="ProblemCodes.RoundsFrameworkDiffers"/>,
    /// <see cref="ProblemCodes.RoundsSameId"/>, <see cref="ProblemCodes.RoundsOutOfOrder"/>. Empty when all
    /// is well. The order check needs both the baseline's end and the follow-up's start; without either
    /// it says nothing. Dates of reduced precision compare by the span they cover (a baseline ending in
    /// <c>2024</c> ends after a follow-up starting in <c>2024-06</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An assessment is malformed: an array member is a default
    /// <see cref="ImmutableArray{T}"/>, or an element or a required member is null (the message names
    /// it).</exception>
    public static ImmutableArray<Problem> Check(Assessment baseline, Assessment followUp)
    {
        Guard.NotNull(baseline, nameof(baseline));
        Guard.NotNull(followUp, nameof(followUp));
        ModelGuard.Check(baseline, nameof(baseline));
        ModelGuard.Check(followUp, nameof(followUp));
        var problems = new List<Problem>();
        if (!string.Equals(baseline.Country, followUp.Country, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(Problem.Warning(ProblemCodes.RoundsCountryDiffers, "/country",
                $"The baseline is about country '{baseline.Country}' and the follow-up about " +
                $"'{followUp.Country}': compare two rounds of the same place."));
        }

        if (baseline.Framework != followUp.Framework)
        {
            problems.Add(Problem.Warning(ProblemCodes.RoundsFrameworkDiffers, "/framework",
                $"The baseline is coded against {Name(baseline.Framework)} and the follow-up against " +
                $"{Name(followUp.Framework)}: questions may not match; code both rounds against one " +
                "framework."));
        }

        if (string.Equals(baseline.Id, followUp.Id, StringComparison.Ordinal))
        {
            problems.Add(Problem.Warning(ProblemCodes.RoundsSameId, "/id",
                $"The baseline and the follow-up have the same id '{baseline.Id}': check that two " +
                "different rounds were given."));
        }

        problems.AddRange(Order(baseline.Period, followUp.Period));
        return problems.ToImmutableArray();
    }

    private static IEnumerable<Problem> Order(AssessmentPeriod? baseline, AssessmentPeriod? followUp)
    {
        if (baseline?.End is not { } end || followUp is null || !IsDate(end) || !IsDate(followUp.Start))
        {
            yield break;
        }

        if (string.CompareOrdinal(Last(end), First(followUp.Start)) > 0)
        {
            yield return Problem.Warning(ProblemCodes.RoundsOutOfOrder, "/period/end",
                $"The baseline's period ends ({end}) after the follow-up's starts ({followUp.Start}): the " +
                "rounds overlap or look reversed; give the earlier round as the baseline.");
        }
    }

    private static string Name(FrameworkReference f) => $"framework '{f.Id}' version {f.Version}";

    // ISO 8601 calendar dates of reduced precision (yyyy, yyyy-MM, yyyy-MM-dd) compare ordinally once the
    // missing parts are filled: with the first day for a start, with the last possible one for an end.
    private static string First(string date) => date + "-01-01".Substring(date.Length - 4);

    private static string Last(string date) => date + "-12-31".Substring(date.Length - 4);

    private static bool IsDate(string date) => date.Length is 4 or 7 or 10;
}
