using System;
using System.Collections.Immutable;

namespace TipAssessment.Assessments;

/// <summary>
/// One assessment: the localities assessed, the informants heard (by pseudonymous code only), the desk
/// sources consulted, and every response, coded against a framework. There is deliberately no member for
/// a name or contact detail anywhere in the model: the format cannot carry one.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. Collections keep the order they were given
/// in (the input's order), and export writes them in that order. Dates are ISO 8601 calendar dates of full
/// or reduced precision (<c>2024-03-15</c>, <c>2024-03</c> or <c>2024</c>), kept as text so that a date
/// coarsened for sharing stays what it is.
/// </remarks>
public sealed record Assessment
{
    /// <summary>Stable id of the assessment, chosen by the organisation.</summary>
    public required string Id { get; init; }

    /// <summary>Display title.</summary>
    public required string Title { get; init; }

    /// <summary>The framework (id and version) the responses are coded against.</summary>
    public required FrameworkReference Framework { get; init; }

    /// <summary>The country assessed, as an ISO 3166-1 alpha-2 code such as <c>NP</c>.</summary>
    public required string Country { get; init; }

    /// <summary>
    /// Where the evidence comes from: real field work, reconstruction from public reports, or synthetic.
    /// </summary>
    public Provenance? Provenance { get; init; }

    /// <summary>The period the assessment covers; <see langword="null"/> when not stated.</summary>
    public AssessmentPeriod? Period { get; init; }

    /// <summary>The organisation that ran it; <see langword="null"/> when not stated.</summary>
    public string? Organisation { get; init; }

    /// <summary>The assessors, by code (never by name).</summary>
    public ImmutableArray<string> Assessors { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The sub-national units assessed (districts, communities).</summary>
    public ImmutableArray<Locality> Localities { get; init; } = ImmutableArray<Locality>.Empty;

    /// <summary>The desk sources consulted.</summary>
    public ImmutableArray<ConsultedSource> DeskSources { get; init; } = ImmutableArray<ConsultedSource>.Empty;

    /// <summary>The key informants, by pseudonymous code.</summary>
    public ImmutableArray<Informant> Informants { get; init; } = ImmutableArray<Informant>.Empty;

    /// <summary>Who said what about which question, where.</summary>
    public ImmutableArray<Response> Responses { get; init; } = ImmutableArray<Response>.Empty;

    /// <summary>The assessors' synthesised current-state statements.</summary>
    public ImmutableArray<Finding> Findings { get; init; } = ImmutableArray<Finding>.Empty;

    /// <summary>
    /// Tools' own data: raw JSON text by namespaced key (such as <c>org.example.fieldapp</c>), kept through
    /// every round trip.
    /// </summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; init; } = EmptyExtensions.Value;

    /// <summary>The redaction mark of a shareable copy; <see langword="null"/> for an original (unredacted)
    /// assessment.</summary>
    public RedactionRecord? Redaction { get; init; }
}

/// <summary>The framework an assessment is coded against.</summary>
/// <param name="Id">The framework's id.</param>
/// <param name="Version">The framework's version.</param>
public sealed record FrameworkReference(string Id, string Version);

/// <summary>Where an assessment's evidence comes from.</summary>
public enum ProvenanceKind
{
    /// <summary>Interviews and desk research carried out by the organisation.</summary>
    Field = 0,

    /// <summary>Reconstructed from published reports, not from real interviews.</summary>
    ReconstructedFromPublicReports = 1,

    /// <summary>Made up for teaching, testing or benchmarking.</summary>
    Synthetic = 2,
}

/// <summary>Where an assessment's evidence comes from, with a statement a reader sees first.</summary>
/// <param name="Kind">Field work, reconstruction from public reports, or synthetic.</param>
/// <param name="Statement">What a reader must know about the evidence.</param>
public sealed record Provenance(ProvenanceKind Kind, string Statement);

/// <summary>
/// The period an assessment covers, as ISO 8601 calendar dates (full or reduced precision).
/// </summary>
/// <param name="Start">The first day (or month, or year) covered.</param>
/// <param name="End">The last day (or month, or year) covered; <see langword="null"/> when still
/// running.</param>
public sealed record AssessmentPeriod(string Start, string? End);

/// <summary>A sub-national unit assessed, such as a district or community.</summary>
public sealed record Locality
{
    /// <summary>Id unique in the document, used by informants and responses.</summary>
    public required string Id { get; init; }

    /// <summary>The place's name.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// What kind of unit it is (for example <c>district</c>, <c>province</c>, <c>community</c>).
    /// </summary>
    public string? Kind { get; init; }

    /// <summary>An ISO 3166-2 subdivision code, or a local code; <see langword="null"/> when none.</summary>
    public string? Code { get; init; }

    /// <summary>Tools' own data: raw JSON text by namespaced key.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; init; } = EmptyExtensions.Value;
}

/// <summary>A desk source the assessors consulted.</summary>
public sealed record ConsultedSource
{
    /// <summary>Id unique in the document, used by responses.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// The framework's desk source this is an instance of (for example <c>us-tip-report</c>).
    /// </summary>
    public required string Source { get; init; }

    /// <summary>The full citation.</summary>
    public required string Citation { get; init; }

    /// <summary>Where it can be read, when public.</summary>
    public string? Url { get; init; }

    /// <summary>When it was accessed (ISO 8601 calendar date).</summary>
    public string? Accessed { get; init; }

    /// <summary>Tools' own data: raw JSON text by namespaced key.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; init; } = EmptyExtensions.Value;
}

/// <summary>
/// A key informant, known only by a pseudonymous code. Names and contact details have no place in the
/// model; keep the key that links codes to people outside any document this library reads or writes.
/// </summary>
public sealed record Informant
{
    /// <summary>Pseudonymous code, unique in the document (for example <c>K-014</c>).</summary>
    public required string Code { get; init; }

    /// <summary>
    /// The framework's informant type (for example <c>law-enforcement</c> or <c>victim</c>).
    /// </summary>
    public required string Type { get; init; }

    /// <summary>A subtype of that type, when recorded.</summary>
    public string? Subtype { get; init; }

    /// <summary>
    /// The locality the informant speaks for; <see langword="null"/> for national-level informants.
    /// </summary>
    public string? Locality { get; init; }

    /// <summary>Optional gender: <c>female</c>, <c>male</c>, <c>another</c> or <c>undisclosed</c>.</summary>
    public string? Gender { get; init; }

    /// <summary>
    /// Optional age band: <c>18-24</c>, <c>25-34</c>, <c>35-49</c>, <c>50-64</c> or <c>65+</c>.
    /// </summary>
    public string? AgeBand { get; init; }

    /// <summary>The consent record; a response counts only when consent was given.</summary>
    public required Consent Consent { get; init; }

    /// <summary>Tools' own data: raw JSON text by namespaced key.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; init; } = EmptyExtensions.Value;
}

/// <summary>An informant's consent.</summary>
/// <param name="Given">Whether informed consent was given.</param>
/// <param name="RecordedOn">When it was recorded (ISO 8601 calendar date).</param>
/// <param name="RightToStopExplained">Whether the informant was told they may stop at any time.</param>
public sealed record Consent(bool Given, string? RecordedOn, bool RightToStopExplained);

/// <summary>A solution proposed in a response: a catalogue code, free text, or both.</summary>
/// <param name="Code">The id of a solution in the framework's catalogue, or <see langword="null"/>.</param>
/// <param name="Text">What the informant proposed in their words, or <see langword="null"/>.</param>
public sealed record SolutionProposal(string? Code, string? Text);

/// <summary>
/// One piece of evidence: what one informant or desk source says about one question, where.
/// </summary>
public sealed record Response
{
    /// <summary>Id unique in the document, so evidence can be cited stably.</summary>
    public required string Id { get; init; }

    /// <summary>The framework question answered.</summary>
    public required string Question { get; init; }

    /// <summary>
    /// The informant's code, when the source is an informant; exactly one of this and <see
    /// cref="DeskSource"/> is set.
    /// </summary>
    public string? Informant { get; init; }

    /// <summary>The consulted desk source's id, when the source is a document.</summary>
    public string? DeskSource { get; init; }

    /// <summary>
    /// The locality the evidence concerns; <see langword="null"/> for national-level evidence.
    /// </summary>
    public string? Locality { get; init; }

    /// <summary>
    /// The assessor's coding on the rating scale; <see cref="Rating.None"/> for descriptive evidence.
    /// </summary>
    public Rating Rating { get; init; }

    /// <summary>Free notes. They may quote informants: sharing exports remove them.</summary>
    public string? Notes { get; init; }

    /// <summary>The ids of drivers this evidence points to.</summary>
    public ImmutableArray<string> Drivers { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Solutions proposed.</summary>
    public ImmutableArray<SolutionProposal> Solutions { get; init; } = ImmutableArray<SolutionProposal>.Empty;

    /// <summary>
    /// References to supporting material (document sections, file names); never personal data.
    /// </summary>
    public ImmutableArray<string> Evidence { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>When it was collected (ISO 8601 calendar date).</summary>
    public string? CollectedOn { get; init; }

    /// <summary>Tools' own data: raw JSON text by namespaced key.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; init; } = EmptyExtensions.Value;
}

/// <summary>
/// An assessor's synthesised current-state statement for a question or topic, in a locality or nationally.
/// </summary>
public sealed record Finding
{
    /// <summary>Id unique in the document.</summary>
    public required string Id { get; init; }

    /// <summary>The question it sums up; exactly one of this and <see cref="Topic"/> is set.</summary>
    public string? Question { get; init; }

    /// <summary>The topic it sums up.</summary>
    public string? Topic { get; init; }

    /// <summary>The locality, or <see langword="null"/> for all localities.</summary>
    public string? Locality { get; init; }

    /// <summary>The current state in words, as the gap chart's first column shows it.</summary>
    public required string CurrentState { get; init; }

    /// <summary>The ids of the responses it rests on.</summary>
    public ImmutableArray<string> Responses { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Tools' own data: raw JSON text by namespaced key.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; init; } = EmptyExtensions.Value;
}

internal static class EmptyExtensions
{
    public static readonly ImmutableSortedDictionary<string, string> Value =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
}
