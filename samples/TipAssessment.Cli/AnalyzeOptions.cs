using System.CommandLine;

namespace TipAssessment.Cli;

/// <summary>The argument and options of <c>analyze</c>.</summary>
internal sealed class AnalyzeOptions
{
    public Argument<string> File { get; } = new("assessment") { Description = "The assessment document." };

    public Option<string[]> Areas { get; } = new("--area")
    {
        Description = "Chart only this gap-analysis area (repeat for several): protection, prosecution, " +
            "prevention, partnerships, national-compliance. All areas by default.",
        HelpName = "id",
    };

    public Option<string[]> Localities { get; } = new("--locality")
    {
        Description = "Chart only this locality, by its id in the assessment (repeat for several). " +
            "All by default.",
        HelpName = "id",
    };

    public Option<string?> Baseline { get; } = new("--baseline")
    {
        Description = "An earlier assessment of the same place, to report what changed since.",
        HelpName = "file",
    };

    public Option<string> Format { get; } = CommonOptions.Format(
        "What to write: markdown (the report), html (one self-contained page), csv (one row per gap " +
        "row), scores-csv (long-format scores for R or pandas), or json (the analysis document).",
        "markdown",
        "html",
        "csv",
        "scores-csv",
        "json");

    public Option<string?> Out { get; } = new("--out")
    {
        Description = "Write to this file instead of standard output.",
        HelpName = "file",
    };

    public Option<string?> Language { get; } = CommonOptions.Language();

    public Option<bool> Shareable { get; } = new("--shareable")
    {
        Description = "Write an analysis fit to share: made from a redacted copy, with every figure " +
            "resting on fewer than k informants shown as suppressed (JSON unless --format is given).",
    };

    public Option<int> K { get; } = RedactCommand.KOption();
}
