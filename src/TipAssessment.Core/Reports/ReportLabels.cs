using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Scoring;

namespace TipAssessment.Reports;

/// <summary>
/// Display texts for the ids a report shows: questions, topics and sections in the report's language, and
/// pillars, areas, localities, groups, bands and scopes. An id without a text shows as itself, so a report
/// never fails on data the engine already warned about.
/// </summary>
internal sealed class ReportLabels
{
    private readonly AssessmentFramework _framework;
    private readonly Assessment? _assessment;
    private readonly IReadOnlyList<BandDefinition> _bands;

    public ReportLabels(
        AssessmentFramework framework,
        Assessment? assessment,
        IReadOnlyList<BandDefinition> bands,
        ReportOptions? options)
    {
        var language = options?.Language;
        _framework = string.IsNullOrEmpty(language) ? framework : framework.Translate(language!);
        _assessment = assessment;
        _bands = bands;
    }

    /// <summary>The labels of an analysis's framework, assessment and bands.</summary>
    public static ReportLabels For(Analysis.AssessmentAnalysis analysis, ReportOptions? options) =>
        new(analysis.Framework, analysis.Assessment, analysis.Scoring.Options.Bands, options);

    /// <summary>The framework in the report's language.</summary>
    public AssessmentFramework Framework => _framework;

    public string Question(string id) => _framework.FindQuestion(id)?.Text ?? id;

    public string Topic(string? id) => id is null ? string.Empty : _framework.FindTopic(id)?.Title ?? id;

    public string Section(string id) => _framework.FindSection(id)?.Title ?? id;

    public string Pillar(string id) => _framework.Pillars.FirstOrDefault(p => p.Id == id)?.Title ?? id;

    public string Area(string id) => _framework.FindArea(id)?.Title ?? id;

    public string Group(string id) =>
        _framework.PerspectiveGroups.FirstOrDefault(g => g.Id == id)?.Title ?? id;

    public string InformantType(string id) => _framework.FindInformantType(id)?.Title ?? id;

    public string Locality(string id) =>
        _assessment?.Localities.FirstOrDefault(l => l.Id == id)?.Name ?? id;

    public string Band(string? id) =>
        id is null ? ReportNumbers.Missing : _bands.FirstOrDefault(b => b.Id == id)?.Label ?? id;

    /// <summary>"Overall", "National level", or the locality's name.</summary>
    public string Scope(ScoreScope scope) => scope.Kind switch
    {
        ScopeKind.Overall => "Overall",
        ScopeKind.National => "National level",
        _ => Locality(scope.Locality!),
    };

    /// <summary>A score with its band, such as <c>56 (Developing)</c>, or <c>no evidence</c>.</summary>
    public string ScoreWithBand(double? normalised, string? band) =>
        normalised is null ? "no evidence" : ReportNumbers.Score(normalised) + " (" + Band(band) + ")";

    /// <summary>A table cell with a score and its band, coloured by band in HTML.</summary>
    public Cell ScoreCell(double? normalised, string? band) =>
        new(null, ImmutableArray.Create(ScoreWithBand(normalised, band)), normalised is null ? null : band);

    /// <summary>The localities' names joined for reading.</summary>
    public string Localities(IEnumerable<string> ids)
    {
        var names = ids.Select(Locality).ToList();
        return names.Count == 0 ? "National level" : string.Join(", ", names);
    }

    /// <summary>What a provenance kind means in words.</summary>
    public static string ProvenanceKind(ProvenanceKind kind) => kind switch
    {
        Assessments.ProvenanceKind.Field => "field work (interviews and desk research)",
        Assessments.ProvenanceKind.ReconstructedFromPublicReports =>
            "reconstructed from public reports, not from real interviews",
        Assessments.ProvenanceKind.Synthetic => "synthetic (invented for teaching or testing)",
        _ => kind.ToString(),
    };

    /// <summary>A time horizon in words.</summary>
    public static string Horizon(TimeHorizon horizon) => horizon switch
    {
        TimeHorizon.Short => "short term",
        TimeHorizon.Medium => "medium term",
        TimeHorizon.Long => "long term",
        _ => horizon.ToString(),
    };
}
