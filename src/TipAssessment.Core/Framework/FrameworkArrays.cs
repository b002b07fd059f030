using System.Collections.Immutable;

namespace TipAssessment.Framework;

/// <summary>
/// Helpers for the model's immutable arrays, which a framework built in code may leave default.
/// </summary>
internal static class FrameworkArrays
{
    /// <summary>The array itself, or an empty one when it is default (uninitialised).</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) =>
        items.IsDefault ? ImmutableArray<T>.Empty : items;
}
