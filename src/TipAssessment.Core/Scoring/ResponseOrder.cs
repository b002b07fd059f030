using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace TipAssessment.Scoring;

/// <summary>
/// Puts response ids in ordinal order without sorting strings per score: one global rank, skipped when the
/// responses already come in id order (the usual case), then integer sorts. Works on the column of response
/// ids taken once, so lists of ids never reach back into the (large, cache-cold) response objects.
/// </summary>
internal static class ResponseOrder
{
    /// <summary>Each response's position in ordinal id order, or null when the input is already in that
    /// order.</summary>
    public static int[]? RankOrNull(string[] responseIds)
    {
        if (IsSorted(responseIds))
        {
            return null;
        }

        var order = new int[responseIds.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort((string[])responseIds.Clone(), order, StringComparer.Ordinal);
        var rank = new int[order.Length];
        for (var position = 0; position < order.Length; position++)
        {
            rank[order[position]] = position;
        }

        return rank;
    }

    /// <summary>The ids of the responses at <paramref name="indices"/>, in ordinal id order.</summary>
    public static ImmutableArray<string> Ids(string[] responseIds, List<int> indices, int[]? rank) =>
        rank is null && IsAscending(indices)
            ? IdsInOrder(responseIds, indices) // the usual case: no copy of a list of millions to sort
            : IdsInOrder(responseIds, Sorted(indices, rank));

    /// <summary>The ids of the responses at indices already in ordinal id order.</summary>
    public static ImmutableArray<string> IdsInOrder(string[] responseIds, IReadOnlyList<int> sorted)
    {
        // A plain string[] (not a builder) lets the JIT skip the covariant store check on every element.
        var ids = new string[sorted.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = responseIds[sorted[i]];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(ids);
    }

    /// <summary>The indices in ordinal order of their responses' ids.</summary>
    public static int[] Sorted(List<int> indices, int[]? rank) => SortInPlace(indices.ToArray(), rank);

    /// <summary>Sorts the indices in place into ordinal order of their responses' ids, and returns
    /// them.</summary>
    public static int[] SortInPlace(int[] sorted, int[]? rank)
    {
        if (rank is not null)
        {
            var keys = new int[sorted.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                keys[i] = rank[sorted[i]];
            }

            Array.Sort(keys, sorted);
        }
        else if (!IsAscending(sorted))
        {
            // Indices are positions in id order here; a list appended in input order is already sorted.
            Array.Sort(sorted);
        }

        return sorted;
    }

    private static bool IsAscending(IReadOnlyList<int> indices)
    {
        for (var i = 1; i < indices.Count; i++)
        {
            if (indices[i - 1] > indices[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSorted(string[] responseIds)
    {
        for (var i = 1; i < responseIds.Length; i++)
        {
            if (string.CompareOrdinal(responseIds[i - 1], responseIds[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
