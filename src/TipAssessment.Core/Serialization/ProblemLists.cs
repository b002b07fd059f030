using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>The one order in which every reader and checker returns its problems.</summary>
internal static class ProblemLists
{
    /// <summary>
    /// Deduplicates and sorts problems by pointer (<see cref="JsonPointers.Order"/>: array items in
    /// document order), then code, then message (ordinal).
    /// </summary>
    public static ImmutableArray<Problem> Sorted(IEnumerable<Problem> problems) =>
        problems
            .GroupBy(p => (p.Severity, p.Code, p.Pointer, p.Message))
            .Select(g => g.First())
            .OrderBy(p => p.Pointer, JsonPointers.Order)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .ThenBy(p => p.Message, StringComparer.Ordinal)
            .ToImmutableArray();
}
