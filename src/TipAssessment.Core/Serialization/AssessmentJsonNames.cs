using TipAssessment.Assessments;

namespace TipAssessment.Serialization;

/// <summary>The fixed names of the assessment format, in one place.</summary>
internal static class AssessmentJsonNames
{
    /// <summary>The value of <c>kind</c> in every assessment document.</summary>
    public const string Kind = "tipassessment.assessment";

    /// <summary>The current format version, written on export.</summary>
    public const string FormatVersion = "1.0";

    /// <summary>The schema's <c>$id</c>, written as <c>$schema</c> on export.</summary>
    public const string SchemaId = "https://tipassessment.org/schemas/assessment/1.0/assessment.schema.json";

    /// <summary>The embedded schema's file name.</summary>
    public const string SchemaFile = "assessment.schema.json";

    /// <summary>The versions read: older ones first (migrated), the current one last.</summary>
    public static readonly string[] UnderstoodVersions = { AssessmentMigration.PreRelease, FormatVersion };

    /// <summary>The JSON name of "unknown".</summary>
    public const string Unknown = "unknown";

    /// <summary>The JSON name of "not applicable".</summary>
    public const string NotApplicable = "not-applicable";

    /// <summary>The JSON name of a provenance kind.</summary>
    public static string Of(ProvenanceKind kind) => kind switch
    {
        ProvenanceKind.ReconstructedFromPublicReports => "reconstructed-from-public-reports",
        ProvenanceKind.Synthetic => "synthetic",
        _ => "field",
    };

    /// <summary>The provenance kind of a JSON name the schema has already accepted.</summary>
    public static ProvenanceKind ProvenanceKindOf(string name) => name switch
    {
        "reconstructed-from-public-reports" => ProvenanceKind.ReconstructedFromPublicReports,
        "synthetic" => ProvenanceKind.Synthetic,
        _ => ProvenanceKind.Field,
    };
}
