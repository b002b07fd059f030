using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Analysis;
using TipAssessment.Assessments;

namespace TipAssessment.Reports;

/// <summary>
/// Builds the blocks of the analysis report, in the order a reader needs them: provenance first, then the
/// gap chart area by area, priority, localities, scores, disagreements, law against practice, changes
/// since a baseline, and what was left out.
/// </summary>
internal sealed partial class ReportBuilder
{
    private const string NoProvenance = "not stated; ask the assessors where the evidence comes from.";

    private readonly AssessmentAnalysis _analysis;
    private readonly ReportLabels _labels;
    private readonly ReportSuppression _hide;
    private readonly List<Block> _blocks = new();

    private ReportBuilder(AssessmentAnalysis analysis, ReportOptions options, ReportSuppression hide)
    {
        _analysis = analysis;
        _labels = ReportLabels.For(analysis, options);
        _hide = hide;
    }

    /// <summary>The blocks of the report; <paramref name="hide"/> names the cells a shared report must not
    /// show (<see cref="ReportSuppression.None"/> for an unshared one).</summary>
    public static (ImmutableArray<Block> Blocks, ReportLabels Labels) Build(
        AssessmentAnalysis analysis,
        ReportOptions options,
        ReportSuppression hide)
    {
        var builder = new ReportBuilder(analysis, options, hide);
        builder.Header();
        builder.GapChart();
        builder.Priority();
        builder.Localities();
        builder.Scores();
        builder.Disagreements();
        builder.LawAgainstPractice();
        builder.Comparison();
        builder.LeftOut();
        return (builder._blocks.ToImmutableArray(), builder._labels);
    }

    private void Add(Block block) => _blocks.Add(block);

    private void Header()
    {
        var a = _analysis.Assessment;
        Add(new Heading(1, "Gap analysis: " + a.Title));
        Add(Provenance(a.Provenance));
        Add(Paragraph.Labelled("Assessment:", Facts(a)));
        var f = _analysis.Framework;
        Add(Paragraph.Labelled("Framework:", $"{f.Title} ({f.Id} {f.Version})."));
        Add(Paragraph.Labelled("Evidence:", Evidence(a)));
        Add(Paragraph.Labelled("How to read it:", ReadingGuide()));
        if (_hide.Active)
        {
            var k = ReportNumbers.Count(_hide.MinimumCellSize);
            Add(Paragraph.Labelled("Shared copy:", "made from a redacted copy of the assessment (no notes, " +
                "no informants' words, new informant codes). A figure, flag or row resting on fewer than " +
                $"{k} informants, or from which such a figure could be recomputed, is shown as suppressed, " +
                "with the reason.", true));
        }
    }

    /// <summary>Says how many items of a kind a shared report leaves out, and why.</summary>
    private void Suppressed(ImmutableArray<string> texts, string one, string many)
    {
        if (!texts.IsEmpty)
        {
            var why = ReportSuppression.Join(texts);
            Add(Paragraph.Labelled("Suppressed:", $"{Count(texts.Length, one, many)} not shown: {why}."));
        }
    }

    private static Paragraph Provenance(Provenance? provenance) => provenance is null
        ? Paragraph.Labelled("Provenance:", NoProvenance, true)
        : Paragraph.Labelled(
            "Provenance: " + ReportLabels.ProvenanceKind(provenance.Kind) + ".", provenance.Statement, true);

    private static string Facts(Assessment a)
    {
        var facts = new List<string> { a.Id, "country " + a.Country };
        if (a.Period is not null)
        {
            var end = a.Period.End is null ? " onwards" : " to " + a.Period.End;
            facts.Add("period " + a.Period.Start + end);
        }

        if (a.Organisation is not null)
        {
            facts.Add("by " + a.Organisation);
        }

        return string.Join("; ", facts) + ".";
    }

    private string Evidence(Assessment a)
    {
        var types = a.Informants.Select(i => i.Type).Distinct(System.StringComparer.Ordinal).Count();
        var excluded = _analysis.Scoring.Excluded.Length;
        return $"{Count(a.Localities.Length, "locality", "localities")}, " +
            $"{Count(a.Informants.Length, "informant", "informants")} of {Count(types, "type", "types")}, " +
            $"{Count(a.DeskSources.Length, "desk source", "desk sources")}, " +
            $"{Count(a.Responses.Length, "response", "responses")} " +
            $"({Count(excluded, "response", "responses")} left out of every score).";
    }

    private string ReadingGuide()
    {
        var options = _analysis.Scoring.Options;
        var scale = _analysis.Framework.RatingScale;
        var bands = string.Join(
            ", ", options.Bands.Select(b => $"{b.Label} from {ReportNumbers.Format(b.MinScore, 2)}"));
        var levels = $"{ReportNumbers.Count(scale.MinLevel)} to {ReportNumbers.Count(scale.MaxLevel)}";
        return $"ratings run from level {levels}; a question's level is the " +
            $"{Aggregation(options.Aggregation)} of its ratings, shown as a score from 0 to 100 " +
            $"(bands: {bands}). A gap row appears where a scored question falls below the level its " +
            "desired state targets; priority grows with severity and breadth.";
    }

    private static string Aggregation(Scoring.AggregationMethod method) => method switch
    {
        Scoring.AggregationMethod.Mean => "mean",
        Scoring.AggregationMethod.WeightedMean => "weighted mean",
        _ => "median",
    };

    private static string Count(int n, string one, string many) =>
        ReportNumbers.Count(n) + " " + (n == 1 ? one : many);
}
