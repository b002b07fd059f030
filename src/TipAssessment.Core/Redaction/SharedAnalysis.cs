using System;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Framework;

namespace TipAssessment.Redaction;

/// <summary>
/// An analysis fit to share: made from a redacted copy of the assessment (see
/// <see cref="AssessmentRedactor"/>), without informants' words, without a baseline round, and with the list
/// of cells to suppress because they rest on fewer than k informants or would let a suppressed one be
/// recomputed. <see cref="SharedAnalysisJson"/> writes it with those cells replaced by a suppression mark.
/// </summary>
/// <remarks>
/// <para>Desk sources do not count towards k: a cell resting on documents only identifies nobody and is
/// shown. Complementary rule: in every additive group of cells (a roll-up node and its scored children, a
/// question node and its score, a question's overall score and its national and local scores) never exactly
/// one cell is hidden; when one is, the shown cell of that group resting on the fewest informants is hidden
/// too (ties: the first met), until no group has exactly one. Implementation gaps, triangulation flags and
/// gap rows that show a hidden score are hidden with it; a flag is hidden whole when one of its perspective
/// groups (victims among them) has fewer than k informants.</para>
/// <para>Immutable and safe to share between threads.</para>
/// </remarks>
public sealed class SharedAnalysis
{
    private readonly ImmutableDictionary<string, SuppressedCell> _byKey;

    private SharedAnalysis(AssessmentAnalysis analysis, int k, ImmutableArray<SuppressedCell> suppressed)
    {
        Analysis = analysis;
        MinimumCellSize = k;
        Suppressed = suppressed;
        _byKey = suppressed.ToImmutableDictionary(c => c.Kind + "|" + c.Key, StringComparer.Ordinal);
    }

    /// <summary>The analysis of the redacted assessment (all figures, including those to suppress: never
    /// share it as it is; share through <see cref="SharedAnalysisJson"/>).</summary>
    public AssessmentAnalysis Analysis { get; }

    /// <summary>The k in force: the larger of the options' and the redacted assessment's record.</summary>
    public int MinimumCellSize { get; }

    /// <summary>The cells to suppress, in the order they were met (scores, roll-ups, implementation gaps,
    /// triangulation flags, gap rows).</summary>
    public ImmutableArray<SuppressedCell> Suppressed { get; }

    /// <summary>Analyses an assessment for sharing.</summary>
    /// <param name="framework">The framework the assessment is coded against.</param>
    /// <param name="assessment">The assessment: an original (it is redacted first) or a redacted
    /// copy.</param>
    /// <param name="options">Analysis options; <see cref="AnalysisOptions.Default"/> when null. Notes are
    /// never included and any baseline is ignored: a shared comparison of rounds is not supported.</param>
    /// <param name="redaction">Redaction options (k, randomness, clock); the defaults when null.</param>
    /// <returns>The shareable analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> or <paramref name="assessment"/>
    /// is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid, or <paramref name="assessment"/> is
    /// malformed: an array member is a default <see cref="ImmutableArray{T}"/>, or an element or a required
    /// member is null (the message names it).</exception>
    public static SharedAnalysis Create(
        AssessmentFramework framework,
        Assessment assessment,
        AnalysisOptions? options = null,
        RedactionOptions? redaction = null)
    {
        Guard.NotNull(framework, nameof(framework));
        Guard.NotNull(assessment, nameof(assessment));
        ModelGuard.Check(assessment, nameof(assessment));
        redaction ??= RedactionOptions.Default;
        redaction.Validate();
        options ??= AnalysisOptions.Default;
        options.Validate();
        // The model was checked above and its redacted copy is well formed by construction: the checking
        // entry points would walk every response twice more.
        var redacted = assessment.Redaction is null
            ? AssessmentRedactor.Copy(assessment, redaction)
            : assessment;
        var k = Math.Max(redaction.MinimumCellSize, redacted.Redaction!.MinimumCellSize);
        var safe = options with { Baseline = null, Gaps = options.Gaps with { IncludeNotes = false } };
        var analysis = AssessmentAnalyzer.Single(framework, redacted, safe);
        return new SharedAnalysis(analysis, k, CellSuppressor.Run(analysis, k));
    }

    /// <summary>Whether a cell is suppressed, and why.</summary>
    /// <param name="kind">What the cell is.</param>
    /// <param name="key">Which one (see <see cref="SuppressedCellKind"/>).</param>
    /// <returns>The suppression, or <see langword="null"/> when the cell is shown (or does not
    /// exist).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public SuppressedCell? Find(SuppressedCellKind kind, string key) =>
        _byKey.TryGetValue(kind + "|" + Guard.NotNull(key, nameof(key)), out var cell) ? cell : null;
}
