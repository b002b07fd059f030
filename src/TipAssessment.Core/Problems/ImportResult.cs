using System;
using System.Collections.Immutable;
using System.Linq;

namespace TipAssessment.Problems;

/// <summary>
/// The outcome of reading or checking a document: either a value with no errors (warnings may remain),
/// or every problem found and no value. A half-built value is never returned.
/// </summary>
/// <typeparam name="T">The type of the value read.</typeparam>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ImportResult<T>
    where T : class
{
    private ImportResult(T? value, ImmutableArray<Problem> problems)
    {
        Value = value;
        Problems = problems;
    }

    /// <summary>The value read, or <see langword="null"/> when any problem is an error.</summary>
    public T? Value { get; }

    /// <summary>
    /// Every problem found, errors and warnings, in a deterministic order (document order, then code).
    /// </summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary><see langword="true"/> when a value was produced (no problem is an error).</summary>
    public bool Succeeded => Value is not null;

    /// <summary>The problems whose severity is <see cref="ProblemSeverity.Error"/>.</summary>
    public ImmutableArray<Problem> Errors =>
        Problems.Where(p => p.Severity == ProblemSeverity.Error).ToImmutableArray();

    /// <summary>
    /// Creates a result from problems; the value is kept only when none of them is an error.
    /// </summary>
    /// <param name="value">The value built, or <see langword="null"/> when none could be.</param>
    /// <param name="problems">Every problem found.</param>
    public static ImportResult<T> From(T? value, ImmutableArray<Problem> problems)
    {
        var all = problems.IsDefault ? ImmutableArray<Problem>.Empty : problems;
        var failed = value is null || all.Any(p => p.Severity == ProblemSeverity.Error);
        return new ImportResult<T>(failed ? null : value, all);
    }

    /// <summary>
    /// Returns the value, or throws listing the errors; for callers that treat bad data as a bug.
    /// </summary>
    /// <exception cref="InvalidOperationException">The document had errors.</exception>
    public T GetValueOrThrow()
    {
        if (Value is not null)
        {
            return Value;
        }

        var lines = string.Join(Environment.NewLine, Errors.Select(p => "  " + p));
        throw new InvalidOperationException("The document has errors:" + Environment.NewLine + lines);
    }
}
