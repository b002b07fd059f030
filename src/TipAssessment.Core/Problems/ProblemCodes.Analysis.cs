namespace TipAssessment.Problems;

/// <summary>
/// Codes of the problems the scoring and gap engine reports (the <c>analysis</c> stage). It also reports
/// <see cref="FrameworkMismatch"/> when the assessment names another framework than the one it is analysed
/// with.
/// </summary>
public static partial class ProblemCodes
{
    /// <summary>A red-flag rule caps at a band the scoring options do not define; the rule is not
    /// applied.</summary>
    public const string UnknownCapBand = "analysis.unknown-cap-band";

    /// <summary>A gap chart was asked for an area the framework does not define; it is left out.</summary>
    public const string UnknownChartArea = "analysis.unknown-chart-area";

    /// <summary>A gap chart was asked for a locality the assessment does not declare; it is left
    /// out.</summary>
    public const string UnknownChartLocality = "analysis.unknown-chart-locality";
}
