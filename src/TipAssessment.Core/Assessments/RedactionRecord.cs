using System.Collections.Immutable;

namespace TipAssessment.Assessments;

/// <summary>
/// The mark a redacted (shareable) assessment carries: when it was redacted, the smallest group of informants
/// a shared figure may rest on, and what was removed. A document with this record is never the original and
/// cannot be compared with, or merged into, an unredacted round.
/// </summary>
/// <param name="RedactedOn">The month of redaction, <c>YYYY-MM</c> (coarse on purpose).</param>
/// <param name="MinimumCellSize">The k of small-cell suppression (at least 1) for analyses made from the
/// document.</param>
/// <param name="Removed">What was removed or replaced, as fixed words (such as <c>notes</c>), in ordinal
/// order.</param>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record RedactionRecord(string RedactedOn, int MinimumCellSize, ImmutableArray<string> Removed);
