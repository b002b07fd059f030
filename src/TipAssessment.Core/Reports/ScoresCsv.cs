using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Analysis;
using TipAssessment.Redaction;
using TipAssessment.Scoring;

namespace TipAssessment.Reports;

/// <summary>
/// Writes every question score as a long-format table (one record per question, scope and measure) for R,
/// pandas or a spreadsheet: RFC 4180 CSV with a header record and CRLF record ends.
/// </summary>
/// <remarks>
/// <para>Columns: <c>assessment, scope, locality, locality_name, pillar, section, topic, question,
/// question_text, band, measure, value</c>. <c>scope</c> is <c>overall</c>, <c>national</c> or
/// <c>locality</c>; <c>locality</c> is empty outside a locality scope. A question placed in two topics is
/// listed once, under its first placement.</para>
/// <para>Measures, in this order: <c>level</c> (the aggregated rating level), <c>normalised</c> (0-100),
/// <c>target_level</c>, <c>rated_responses</c>, <c>unknown_responses</c>, <c>not_applicable_responses</c>,
/// <c>unrated_responses</c>, <c>spread_min</c>, <c>spread_max</c>, <c>spread_sd</c>. A measure without a
/// value (a question with no level, or no target) has an empty <c>value</c>, which R and pandas read as
/// missing. Numbers use a point and at most two decimals. Records follow the engine's order: framework
/// question order, then scope order. Deterministic and thread-safe.</para>
/// </remarks>
public static class ScoresCsv
{
    /// <summary>The header record's column names, in order.</summary>
    public static ImmutableArray<string> Columns { get; } = ImmutableArray.Create(
        "assessment", "scope", "locality", "locality_name", "pillar", "section", "topic", "question",
        "question_text", "band", "measure", "value");

    /// <summary>The measures written for every question score, in order.</summary>
    public static ImmutableArray<string> Measures { get; } = ImmutableArray.Create(
        "level", "normalised", "target_level", "rated_responses", "unknown_responses",
        "not_applicable_responses", "unrated_responses", "spread_min", "spread_max", "spread_sd");

    /// <summary>Writes the scores with question texts in the framework's default language.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Render(AssessmentAnalysis analysis) => Render(analysis, null);

    /// <summary>Writes the scores.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="options">The language of question texts; <see langword="null"/> for <see
    /// cref="ReportOptions.Default"/>.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Render(AssessmentAnalysis analysis, ReportOptions? options)
    {
        Guard.NotNull(analysis, nameof(analysis));
        return Write(analysis, options, ReportSuppression.None);
    }

    /// <summary>Writes the scores of a shared analysis. A suppressed score keeps its place fields; its
    /// <c>band</c> reads <c>suppressed</c> with the reason (such as <c>suppressed (fewer than 5
    /// informants)</c>) and every measure's <c>value</c> is empty, except <c>target_level</c>, which comes
    /// from the framework.</summary>
    /// <param name="shared">The shared analysis.</param>
    /// <param name="options">The language of question texts; <see langword="null"/> for <see
    /// cref="ReportOptions.Default"/>.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="shared"/> is null.</exception>
    public static string Render(SharedAnalysis shared, ReportOptions? options)
    {
        Guard.NotNull(shared, nameof(shared));
        return Write(shared.Analysis, options, new ReportSuppression(shared));
    }

    private static string Write(AssessmentAnalysis analysis, ReportOptions? options, ReportSuppression hide)
    {
        var labels = ReportLabels.For(analysis, options);
        var csv = new Rfc4180(Columns);
        foreach (var score in analysis.Scoring.Scores)
        {
            var place = Place(analysis, score, labels);
            var target = analysis.Framework.FindQuestion(score.Question)?.DesiredState?.TargetLevel;
            var hidden = hide.Score(score.Question, score.Scope);
            var values = hidden is null ? Values(score, target) : Hidden(target);
            if (hidden is not null)
            {
                place[place.Length - 1] = hidden;
            }

            for (var i = 0; i < Measures.Length; i++)
            {
                csv.Record(place.Concat(new[] { Measures[i], values[i] }).ToList());
            }
        }

        return csv.ToString();
    }

    /// <summary>The fields before <c>measure</c>.</summary>
    private static string[] Place(AssessmentAnalysis analysis, QuestionScore score, ReportLabels labels)
    {
        var placements = analysis.Framework.PlacementsOf(score.Question);
        var first = placements.IsEmpty ? null : placements[0];
        var locality = score.Scope.Locality ?? string.Empty;
        return new[]
        {
            analysis.Assessment.Id,
            score.Scope.Kind == ScopeKind.Locality ? "locality" : score.Scope.ToString(),
            locality,
            locality.Length == 0 ? string.Empty : labels.Locality(locality),
            first?.Section.Pillar ?? string.Empty,
            first?.Section.Id ?? string.Empty,
            first?.Topic.Id ?? string.Empty,
            score.Question,
            labels.Question(score.Question),
            score.Band ?? string.Empty,
        };
    }

    private static string[] Values(QuestionScore s, int? target) => new[]
    {
        Number(s.Level),
        Number(s.Normalised),
        target is null ? string.Empty : ReportNumbers.Count(target.Value),
        ReportNumbers.Count(s.RatedCount),
        ReportNumbers.Count(s.UnknownCount),
        ReportNumbers.Count(s.NotApplicableCount),
        ReportNumbers.Count(s.UnratedCount),
        s.Spread is null ? string.Empty : ReportNumbers.Count(s.Spread.Min),
        s.Spread is null ? string.Empty : ReportNumbers.Count(s.Spread.Max),
        Number(s.Spread?.StandardDeviation),
    };

    /// <summary>The values of a suppressed score: only the framework's target.</summary>
    private static string[] Hidden(int? target)
    {
        var values = Enumerable.Repeat(string.Empty, Measures.Length).ToArray();
        var text = target is null ? string.Empty : ReportNumbers.Count(target.Value);
        values[Measures.IndexOf("target_level")] = text;
        return values;
    }

    private static string Number(double? value) =>
        value is null ? string.Empty : ReportNumbers.Format(value.Value, 2);
}
