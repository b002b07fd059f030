using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Assessments;

namespace TipAssessment.Redaction;

/// <summary>
/// Turns an assessment into a shareable copy: notes, evidence references, free-text proposals, assessor codes
/// and extensions are removed; findings' words are replaced by <see cref="RedactionOptions.Marker"/>;
/// informant codes and response ids are replaced by new random ones (no mapping is kept anywhere); optional
/// informant attributes (subtype, gender, age band) are dropped; dates are coarsened to the month. Informants
/// whose consent is not recorded as given are left out, with every response they gave and every reference to
/// those responses: scoring never counts them, and a copy made to be shared must not carry the words of
/// someone who did not agree to give them. A response naming no declared informant, or not exactly one
/// source, is left out too (only a model built in code can hold one; scoring never counts it). The copy
/// gets a new id and a <see cref="RedactionRecord"/>.
/// </summary>
/// <remarks>
/// Kept on purpose, because the analysis needs them or they are public: locality names, desk sources'
/// citations and links, informant types and localities, ratings, coded drivers and solutions, the title and
/// the organisation. Thread-safe: the redactor holds no state.
/// </remarks>
public static class AssessmentRedactor
{
    /// <summary>What every redaction removes or replaces, as recorded in
    /// <see cref="RedactionRecord.Removed"/>, in ordinal order.</summary>
    public static ImmutableArray<string> Removed { get; } = ImmutableArray.Create(
        "assessors",
        "dates-to-month",
        "evidence-references",
        "extensions",
        "finding-text",
        "informant-attributes",
        "informant-codes",
        "informants-without-consent",
        "notes",
        "response-ids",
        "solution-text");

    /// <summary>Makes a shareable copy of an assessment.</summary>
    /// <param name="assessment">The original; it must not be redacted already.</param>
    /// <param name="options">The options; <see cref="RedactionOptions.Default"/> when null.</param>
    /// <returns>The redacted copy, with a new id and a <see cref="Assessment.Redaction"/> record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException">The assessment is already redacted (redacting twice is refused:
    /// it would hide that the first redaction's settings were in force), or the options are
    /// invalid (including a <see cref="RedactionOptions.RandomBytes"/> that does not give random
    /// bytes), or the assessment is malformed (a default array, a null element or a null required member;
    /// the message names it).</exception>
    public static Assessment Redact(Assessment assessment, RedactionOptions? options = null)
    {
        Guard.NotNull(assessment, nameof(assessment));
        ModelGuard.Check(assessment, nameof(assessment));
        options ??= RedactionOptions.Default;
        options.Validate();
        if (assessment.Redaction is not null)
        {
            throw new ArgumentException(
                $"The assessment '{assessment.Id}' is already redacted; share it as it is.",
                nameof(assessment));
        }

        return Copy(assessment, options);
    }

    /// <summary>The redacted copy, for callers that made <see cref="Redact"/>'s checks already (the model
    /// guard walks every response: not twice).</summary>
    internal static Assessment Copy(Assessment assessment, RedactionOptions options)
    {
        // Only informants who consented get a new code; what the copy keeps follows from these two maps.
        var withheld = WithoutConsent(assessment.Informants);
        var codes = new RandomCodes(options);
        var informants = NewCodes(
            assessment.Informants.Where(i => !withheld.Contains(i.Code)).Select(i => i.Code), codes, "I-", 6);
        var kept = assessment.Responses.Where(r => Shared(r, informants)).ToImmutableArray();
        var responses = NewCodes(kept.Select(r => r.Id), codes, "r-", 8);
        return new Assessment
        {
            Id = Shorten(assessment.Id, 84) + "-shared-" + codes.Next(string.Empty, 8).ToLowerInvariant(),
            Title = assessment.Title,
            Framework = assessment.Framework,
            Country = assessment.Country,
            Provenance = assessment.Provenance,
            Period = Period(assessment.Period),
            Organisation = assessment.Organisation,
            Localities = assessment.Localities.Select(l => l with { Extensions = Empty }).ToImmutableArray(),
            DeskSources = assessment.DeskSources.Select(DeskSource).ToImmutableArray(),
            Informants = assessment.Informants.Where(i => !withheld.Contains(i.Code))
                .Select(i => Informant(i, informants))
                .OrderBy(i => i.Code, StringComparer.Ordinal).ToImmutableArray(),
            Responses = kept.Select(r => Response(r, informants, responses)).ToImmutableArray(),
            Findings = assessment.Findings.Select(f => Finding(f, responses)).ToImmutableArray(),
            Redaction = new RedactionRecord(options.Month(), options.MinimumCellSize, Removed),
        };
    }

    /// <summary>Coarsens an ISO 8601 calendar date to its month; a month or a year stays as it is.</summary>
    internal static string? ToMonth(string? date) =>
        date is not null && date.Length > 7 ? date.Substring(0, 7) : date;

    private static ImmutableSortedDictionary<string, string> Empty => EmptyExtensions.Value;

    private static Dictionary<string, string> NewCodes(
        IEnumerable<string> old, RandomCodes codes, string prefix, int length)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in old)
        {
            if (!map.ContainsKey(code))
            {
                map.Add(code, codes.Next(prefix, length));
            }
        }

        return map;
    }

    private static AssessmentPeriod? Period(AssessmentPeriod? period) =>
        period is null ? null : new AssessmentPeriod(ToMonth(period.Start)!, ToMonth(period.End));

    private static ConsultedSource DeskSource(ConsultedSource s) =>
        s with { Accessed = ToMonth(s.Accessed), Extensions = Empty };

    private static Informant Informant(Informant i, Dictionary<string, string> codes) => i with
    {
        Code = codes[i.Code],
        Subtype = null,
        Gender = null,
        AgeBand = null,
        Consent = i.Consent with { RecordedOn = ToMonth(i.Consent.RecordedOn) },
        Extensions = Empty,
    };

    private static Response Response(
        Response r, Dictionary<string, string> informants, Dictionary<string, string> ids) => r with
        {
            Id = ids[r.Id],
            Informant = r.Informant is null ? null : informants[r.Informant],
            Notes = null,
            Solutions = r.Solutions.Where(s => s.Code is not null).Select(s => s with { Text = null })
            .ToImmutableArray(),
            Evidence = ImmutableArray<string>.Empty,
            CollectedOn = ToMonth(r.CollectedOn),
            Extensions = Empty,
        };

    // A finding keeps its references to the responses the copy keeps; one to a response left out, or to
    // none at all (only in a model built in code), is dropped rather than written as an invalid id.
    private static Finding Finding(Finding f, Dictionary<string, string> responses) => f with
    {
        CurrentState = RedactionOptions.Marker,
        Responses = f.Responses.Where(responses.ContainsKey).Select(id => responses[id]).ToImmutableArray(),
        Extensions = Empty,
    };

    // What a shared copy carries: a response with exactly one source, a desk source or an informant given a
    // new code (declared, and consenting). The others (only in a model built in code: import refuses them)
    // never count, and their references could not be written as valid ones.
    private static bool Shared(Response r, Dictionary<string, string> informants) =>
        (r.Informant is null) != (r.DeskSource is null)
        && (r.Informant is null || informants.ContainsKey(r.Informant));

    // A code any of whose entries lacks consent is withheld whole: with duplicate codes (a document that
    // failed import, or a model built in code) it cannot be told which entry gave which answer.
    private static HashSet<string> WithoutConsent(ImmutableArray<Informant> informants)
    {
        var withheld = new HashSet<string>(StringComparer.Ordinal);
        foreach (var informant in informants)
        {
            if (!informant.HasConsent())
            {
                withheld.Add(informant.Code);
            }
        }

        return withheld;
    }

    private static string Shorten(string text, int length) =>
        text.Length <= length ? text : text.Substring(0, length);
}
