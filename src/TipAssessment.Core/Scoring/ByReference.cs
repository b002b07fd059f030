using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace TipAssessment.Scoring;

/// <summary>
/// Compares framework objects by identity: the framework hands out one instance per id, so a hot-path
/// lookup need not hash the id string again (ReferenceEqualityComparer is not on netstandard2.0).
/// </summary>
internal sealed class ByReference<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ByReference<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
