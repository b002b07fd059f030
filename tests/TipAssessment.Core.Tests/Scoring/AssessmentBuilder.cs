using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using TipAssessment.Assessments;

namespace TipAssessment.Tests.Scoring;

/// <summary>Builds assessments in code for the engine's tests; response ids are r-001, r-002... unless
/// given.</summary>
internal sealed class AssessmentBuilder
{
    private readonly List<Locality> _localities = new();
    private readonly List<Informant> _informants = new();
    private readonly List<ConsultedSource> _desk = new();
    private readonly List<Response> _responses = new();
    private readonly List<Finding> _findings = new();
    private readonly string _id;

    public AssessmentBuilder(string id = "test-assessment") => _id = id;

    public AssessmentBuilder Locality(string id)
    {
        _localities.Add(new Locality { Id = id, Name = "Locality " + id });
        return this;
    }

    public AssessmentBuilder Informant(string code, string type, string? locality = null, bool consent = true)
    {
        _informants.Add(new Informant
        {
            Code = code,
            Type = type,
            Locality = locality,
            Consent = new Consent(consent, "2025-01-01", consent),
        });
        return this;
    }

    public AssessmentBuilder Desk(string id, string source = "national-law")
    {
        _desk.Add(new ConsultedSource { Id = id, Source = source, Citation = "Citation of " + id });
        return this;
    }

    /// <summary>A response by an informant (or, with a <c>ds</c> prefix, a consulted source), rated at a
    /// level.</summary>
    public AssessmentBuilder Rate(
        string source,
        string question,
        int level,
        string? locality = null,
        params string[] drivers) =>
        Add(source, question, Rating.AtLevel(level), locality, drivers);

    public AssessmentBuilder Add(
        string source,
        string question,
        Rating rating,
        string? locality = null,
        string[]? drivers = null,
        SolutionProposal[]? solutions = null,
        string? notes = null,
        string? id = null)
    {
        var desk = _desk.Any(d => d.Id == source);
        _responses.Add(new Response
        {
            Id = id ?? "r-" + (_responses.Count + 1).ToString("000", CultureInfo.InvariantCulture),
            Question = question,
            Informant = desk ? null : source,
            DeskSource = desk ? source : null,
            Locality = locality,
            Rating = rating,
            Drivers = (drivers ?? new string[0]).ToImmutableArray(),
            Solutions = (solutions ?? new SolutionProposal[0]).ToImmutableArray(),
            Notes = notes,
        });
        return this;
    }

    public AssessmentBuilder Finding(
        string id,
        string? question,
        string? topic,
        string? locality,
        string text)
    {
        _findings.Add(new Finding
        {
            Id = id,
            Question = question,
            Topic = topic,
            Locality = locality,
            CurrentState = text,
        });
        return this;
    }

    public Assessment Build() => new()
    {
        Id = _id,
        Title = "Test assessment " + _id,
        Framework = new FrameworkReference("tiny", "1.0.0"),
        Country = "NP",
        Localities = _localities.ToImmutableArray(),
        Informants = _informants.ToImmutableArray(),
        DeskSources = _desk.ToImmutableArray(),
        Responses = _responses.ToImmutableArray(),
        Findings = _findings.ToImmutableArray(),
    };
}
