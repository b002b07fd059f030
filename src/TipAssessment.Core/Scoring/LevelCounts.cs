using System;

namespace TipAssessment.Scoring;

/// <summary>
/// Counts of ratings by source key (informant type or desk source) and level. Every statistic is computed
/// from these counts in a fixed order, so the order in which responses arrive cannot change a result, not
/// even in the last bit of a double. The counts of every tally share one array (a block of keys times levels
/// each), so millions of ratings fill a few large arrays rather than many small ones. A view is a struct, so
/// making one per question and scope allocates nothing.
/// </summary>
internal readonly struct LevelCounts
{
    private readonly int[] _counts;
    private readonly int _start;

    /// <summary>A view of a block of <paramref name="counts"/> already filled, holding
    /// <paramref name="total"/> ratings.</summary>
    public LevelCounts(int[] counts, int start, int keys, int levels, int total)
    {
        _counts = counts;
        _start = start;
        Keys = keys;
        Levels = levels;
        Total = total;
    }

    public int Keys { get; }

    public int Levels { get; }

    public int Total { get; }

    public int Count(int key, int offset) => _counts[_start + (key * Levels) + offset];

    public bool HasKey(int key)
    {
        for (var offset = 0; offset < Levels; offset++)
        {
            if (Count(key, offset) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most levels a caller's count buffer is made on the stack for.</summary>
    public const int StackLevels = 32;

    /// <summary>Writes the number of ratings at each level offset, over all keys, into the first
    /// <see cref="Levels"/> elements of <paramref name="byLevel"/>, which are returned.</summary>
    public Span<int> ByLevel(Span<int> byLevel)
    {
        byLevel = byLevel.Slice(0, Levels);
        byLevel.Clear();
        for (var key = 0; key < Keys; key++)
        {
            for (var offset = 0; offset < Levels; offset++)
            {
                byLevel[offset] += Count(key, offset);
            }
        }

        return byLevel;
    }
}

/// <summary>The aggregation methods, on level offsets (level minus the scale's lowest level).</summary>
internal static class Aggregator
{
    /// <summary>The aggregated level offset; the counts must not be empty.</summary>
    public static double Aggregate(LevelCounts counts, AggregationMethod method, double[] keyWeights) =>
        method switch
        {
            AggregationMethod.WeightedMean => WeightedMean(counts, keyWeights),
            _ => ByLevel(counts, method),
        };

    private static double ByLevel(LevelCounts counts, AggregationMethod method)
    {
        Span<int> buffer = stackalloc int[LevelCounts.StackLevels];
        var byLevel = counts.ByLevel(counts.Levels <= buffer.Length ? buffer : new int[counts.Levels]);
        return method == AggregationMethod.Mean ? Mean(byLevel) : Median(byLevel);
    }

    public static double Median(ReadOnlySpan<int> byLevel)
    {
        var n = 0;
        foreach (var count in byLevel)
        {
            n += count;
        }

        // The middle element for an odd count, the mean of the two middle ones for an even count.
        return n % 2 == 1 ? At(byLevel, n / 2) : (At(byLevel, (n / 2) - 1) + At(byLevel, n / 2)) / 2.0;
    }

    public static double Mean(ReadOnlySpan<int> byLevel)
    {
        long sum = 0;
        long n = 0;
        for (var offset = 0; offset < byLevel.Length; offset++)
        {
            sum += (long)offset * byLevel[offset];
            n += byLevel[offset];
        }

        return (double)sum / n;
    }

    public static double StandardDeviation(ReadOnlySpan<int> byLevel, double mean)
    {
        double squares = 0;
        long n = 0;
        for (var offset = 0; offset < byLevel.Length; offset++)
        {
            squares += byLevel[offset] * (offset - mean) * (offset - mean);
            n += byLevel[offset];
        }

        return Math.Sqrt(squares / n);
    }

    private static double WeightedMean(LevelCounts counts, double[] keyWeights)
    {
        double sum = 0;
        double total = 0;
        for (var key = 0; key < counts.Keys; key++)
        {
            long keySum = 0;
            long keyCount = 0;
            for (var offset = 0; offset < counts.Levels; offset++)
            {
                keySum += (long)offset * counts.Count(key, offset);
                keyCount += counts.Count(key, offset);
            }

            sum += keyWeights[key] * keySum;
            total += keyWeights[key] * keyCount;
        }

        // Clamp guards the last-bit rounding of the division, so a mean never leaves the scale.
        return Math.Min(counts.Levels - 1, Math.Max(0, sum / total));
    }

    private static int At(ReadOnlySpan<int> byLevel, int index)
    {
        var seen = 0;
        for (var offset = 0; offset < byLevel.Length; offset++)
        {
            seen += byLevel[offset];
            if (index < seen)
            {
                return offset;
            }
        }

        return byLevel.Length - 1;
    }
}
