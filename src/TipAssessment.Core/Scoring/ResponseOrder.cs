using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TipAssessment.Assessments;

namespace TipAssessment.Scoring;

/// <summary>
/// Puts response ids in ordinal order without sorting strings per score: one global rank, skipped when the
/// responses already come in id order (the usual case), then integer sorts.
/// </summary>
internal static class ResponseOrder
{
    /// <summary>Each response's position in ordinal id order, or null when the input is already in that
    /// order.</summary>
    public static int[]? RankOrNull(ImmutableArray<Response> responses)
    {
        if (IsSorted(responses))
        {
            return null;
        }

        var order = new int[responses.Length];
        var ids = new string[responses.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            ids[i] = responses[i].Id;
        }

        Array.Sort(ids, order, StringComparer.Ordinal);
        var rank = new int[order.Length];
        for (var position = 0; position < order.Length; position++)
        {
            rank[order[position]] = position;
        }

        return rank;
    }

    /// <summary>The ids of the responses at <paramref name="indices"/>, in ordinal id order.</summary>
    public static ImmutableArray<string> Ids(
        ImmutableArray<Response> responses,
        List<int> indices,
        int[]? rank) =>
        IdsInOrder(responses, Sorted(indices, rank));

    /// <summary>The ids of the responses at indices already in ordinal id order.</summary>
    public static ImmutableArray<string> IdsInOrder(
        ImmutableArray<Response> responses,
        IReadOnlyList<int> sorted)
    {
        var builder = ImmutableArray.CreateBuilder<string>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            builder.Add(responses[sorted[i]].Id);
        }

        return builder.MoveToImmutable();
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

    private static bool IsAscending(int[] indices)
    {
        for (var i = 1; i < indices.Length; i++)
        {
            if (indices[i - 1] > indices[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSorted(ImmutableArray<Response> responses)
    {
        for (var i = 1; i < responses.Length; i++)
        {
            if (string.CompareOrdinal(responses[i - 1].Id, responses[i].Id) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
