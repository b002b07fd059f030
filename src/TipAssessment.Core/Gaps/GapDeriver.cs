using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Scoring;

namespace TipAssessment.Gaps;

/// <summary>
/// Derives the gap-analysis chart from scores: a row wherever a scored question falls below its target level,
/// with the current and desired state, the gap, the drivers behind it and the solutions to close it.
/// </summary>
/// <remarks>
/// <para>Which scores are compared: community-level areas (the 4 Ps) compare each charted locality's score
/// (the overall score when the assessment declares no locality); the national-compliance area compares the
/// national score, or the overall score when there is no national evidence with a level. A question placed in
/// two areas (Protection and Partnerships) can give a row in each.</para>
/// <para>Rows group by <see cref="GapOptions.Grouping"/>; drivers come from the coded drivers of the
/// responses behind the row's shortfalls (any rating); solutions are the catalogue's programmes addressing a
/// leading driver (limited to those whose areas include the row's area) plus those informants proposed by
/// code. Priority = 100 x severity x (1 + breadth) / 2; rows are ranked by priority, then area order, then
/// framework placement, then id.</para>
/// <para>Thread-safe: the deriver holds no state.</para>
/// </remarks>
public static class GapDeriver
{
    /// <summary>Derives the gap chart from a scoring result.</summary>
    /// <param name="scoring">The scores, from <see cref="ScoringEngine.Score"/>.</param>
    /// <param name="options">Which chart to draw; <see cref="GapOptions.Default"/> when null.</param>
    /// <returns>The chart; an unknown area or locality asked for is a warning in
    /// <see cref="GapChart.Problems"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scoring"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static GapChart Derive(ScoringResult scoring, GapOptions? options = null)
    {
        Guard.NotNull(scoring, nameof(scoring));
        options ??= GapOptions.Default;
        options.Validate();
        var context = scoring.Context;
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var areas = ChartedAreas(context.Framework, options, problems);
        var localities = ChartedLocalities(context.Index.LocalityIds, options, problems);
        var builder = new RowBuilder(context, options, localities.Count);
        var groups = ShortfallFinder.Find(context, areas, localities, options.Grouping);
        var rows = groups
            .Select(g => (Row: builder.Build(g), g.AreaOrder, g.FirstPlacement))
            .OrderByDescending(r => r.Row.Priority)
            .ThenBy(r => r.AreaOrder)
            .ThenBy(r => r.FirstPlacement)
            .ThenBy(r => r.Row.Id, StringComparer.Ordinal)
            .Select(r => r.Row)
            .ToImmutableArray();
        for (var i = 0; i < rows.Length; i++)
        {
            // Set once, before the chart is published.
            rows[i].Rank = i + 1;
        }

        return new GapChart
        {
            Areas = areas.Select(a => a.Id).ToImmutableArray(),
            Localities = localities.ToImmutableArray(),
            Rows = rows,
            Problems = problems.ToImmutable(),
        };
    }

    private static List<GapArea> ChartedAreas(
        AssessmentFramework framework,
        GapOptions options,
        ImmutableArray<Problem>.Builder problems)
    {
        foreach (var id in options.Areas.Where(id => framework.FindArea(id) is null))
        {
            problems.Add(Problem.Warning(
                ProblemCodes.UnknownChartArea,
                string.Empty,
                $"The framework has no gap-analysis area \"{id}\"; it was left out of the chart. " +
                $"Its areas are: {string.Join(", ", framework.Areas.Select(a => a.Id))}."));
        }

        return framework.Areas
            .Where(a => options.Areas.IsEmpty || options.Areas.Contains(a.Id, StringComparer.Ordinal))
            .ToList();
    }

    private static List<string> ChartedLocalities(
        List<string> declared,
        GapOptions options,
        ImmutableArray<Problem>.Builder problems)
    {
        foreach (var id in options.Localities.Where(id => !declared.Contains(id, StringComparer.Ordinal)))
        {
            problems.Add(Problem.Warning(
                ProblemCodes.UnknownChartLocality,
                string.Empty,
                $"The assessment declares no locality \"{id}\"; it was left out of the chart."));
        }

        return declared
            .Where(id => options.Localities.IsEmpty
                || options.Localities.Contains(id, StringComparer.Ordinal))
            .ToList();
    }
}
