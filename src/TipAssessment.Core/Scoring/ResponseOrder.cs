using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using TipAssessment.Assessments;

namespace TipAssessment.Scoring;

/// <summary>
/// Puts responses in ordinal id order once, so that everything after works on positions in that order: one
/// permutation, skipped when the responses already come in id order (the usual case), then integer sorts.
/// </summary>
internal static class ResponseOrder
{
    /// <summary>Below this many positions a comparison sort beats the radix sort's fixed cost.</summary>
    private const int RadixThreshold = 1 << 12;

    private const int DigitBits = 11;

    /// <summary>The response index at each position in ordinal id order.</summary>
    public static int[] Order(ImmutableArray<Response> responses)
    {
        var ids = new string[responses.Length];
        var order = new int[responses.Length];
        for (var i = 0; i < order.Length; i++)
        {
            ids[i] = responses[i].Id;
            order[i] = i;
        }

        Array.Sort(ids, order, StringComparer.Ordinal);
        return order;
    }

    /// <summary>The ids at positions already in ascending order.</summary>
    public static ImmutableArray<string> IdsInOrder(string[] ids, ReadOnlySpan<int> positions)
    {
        if (positions.IsEmpty)
        {
            return ImmutableArray<string>.Empty;
        }

        // A plain string[] (not a builder) lets the JIT skip the covariant store check on every element.
        var copy = new string[positions.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = ids[positions[i]];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(copy);
    }

    /// <summary>
    /// Sorts the first <paramref name="length"/> positions (non-negative, below <paramref name="bound"/>) in
    /// place: a least-significant-digit radix sort for long lists, so the cost grows linearly with their
    /// length.
    /// </summary>
    public static void Sort(int[] array, int length, int bound)
    {
        var positions = array.AsSpan(0, length);
        if (IsAscending(positions))
        {
            return;
        }

        if (length < RadixThreshold)
        {
            Array.Sort(array, 0, length);
            return;
        }

        var buffer = ArrayPool<int>.Shared.Rent(length);
        var counts = new int[1 << DigitBits];
        try
        {
            var from = positions;
            var to = buffer.AsSpan(0, length);
            for (var shift = 0; shift == 0 || (bound - 1) >> shift > 0; shift += DigitBits)
            {
                Array.Clear(counts, 0, counts.Length);
                foreach (var value in from)
                {
                    counts[(value >> shift) & ((1 << DigitBits) - 1)]++;
                }

                var sum = 0;
                for (var d = 0; d < counts.Length; d++)
                {
                    var c = counts[d];
                    counts[d] = sum;
                    sum += c;
                }

                foreach (var value in from)
                {
                    to[counts[(value >> shift) & ((1 << DigitBits) - 1)]++] = value;
                }

                var swap = from;
                from = to;
                to = swap;
            }

            if (from != positions)
            {
                from.CopyTo(positions);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private static bool IsAscending(ReadOnlySpan<int> positions)
    {
        for (var i = 1; i < positions.Length; i++)
        {
            if (positions[i - 1] > positions[i])
            {
                return false;
            }
        }

        return true;
    }
}
