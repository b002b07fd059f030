using System;
using System.Collections;
using System.Linq;
using System.Reflection;

namespace TipAssessment.Tests.Serialization;

/// <summary>
/// Structural equality for model graphs: records compare their <c>ImmutableArray</c> and dictionary members
/// by reference, so this walks every public property and every collection item instead.
/// </summary>
internal static class DeepEquality
{
    /// <summary>
    /// The path of the first difference, or <see langword="null"/> when the graphs are equal.
    /// </summary>
    public static string? FirstDifference(object? expected, object? actual, string path = "$")
    {
        if (expected is null || actual is null)
        {
            return ReferenceEquals(expected, actual) ? null : path + " (null on one side)";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path} ({expected.GetType().Name} vs {actual.GetType().Name})";
        }

        return expected switch
        {
            string => Equals(expected, actual) ? null : $"{path} (\"{expected}\" vs \"{actual}\")",
            IEnumerable sequence => Sequences(sequence, (IEnumerable)actual, path),
            _ when expected.GetType().IsValueType =>
                Equals(expected, actual) ? null : $"{path} ({expected} vs {actual})",
            _ => Properties(expected, actual, path),
        };
    }

    private static string? Sequences(IEnumerable expected, IEnumerable actual, string path)
    {
        var left = Items(expected);
        var right = Items(actual);
        if (left.Length != right.Length)
        {
            return $"{path} ({left.Length} items vs {right.Length})";
        }

        return Enumerable.Range(0, left.Length)
            .Select(i => FirstDifference(left[i], right[i], $"{path}[{i}]"))
            .FirstOrDefault(d => d is not null);
    }

    // A default ImmutableArray cannot be enumerated; it stands for an empty one.
    private static object?[] Items(IEnumerable sequence)
    {
        var isDefault = sequence.GetType().GetProperty("IsDefault")?.GetValue(sequence) as bool?;
        return isDefault == true ? Array.Empty<object?>() : sequence.Cast<object?>().ToArray();
    }

    private static string? Properties(object expected, object actual, string path) =>
        expected.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => FirstDifference(p.GetValue(expected), p.GetValue(actual), path + "." + p.Name))
            .FirstOrDefault(d => d is not null);
}
