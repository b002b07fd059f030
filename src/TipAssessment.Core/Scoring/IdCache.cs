using System;

namespace TipAssessment.Scoring;

/// <summary>
/// A dictionary lookup by id with a small direct-mapped cache in front: responses repeat a few dozen ids
/// (questions, drivers, solution codes) millions of times, and comparing with the id last seen in a slot is
/// cheaper than hashing the string again. Whether or not the strings are shared instances, the answer is the
/// lookup's.
/// </summary>
internal sealed class IdCache<T>
{
    private const int Slots = 1024;

    private readonly Func<string, T> _lookup;
    private readonly string?[] _keys = new string?[Slots];
    private readonly T[] _values = new T[Slots];

    public IdCache(Func<string, T> lookup) => _lookup = lookup;

    /// <summary>The value the lookup gives for the id.</summary>
    public T Find(string id)
    {
        var slot = SlotOf(id);
        if (string.Equals(_keys[slot], id, StringComparison.Ordinal))
        {
            return _values[slot];
        }

        var value = _lookup(id);
        _keys[slot] = id;
        _values[slot] = value;
        return value;
    }

    private static int SlotOf(string id)
    {
        var length = id.Length;
        return length == 0
            ? 0
            : ((length * 31)
                ^ (id[length - 1] * 97)
                ^ (id[length - 2 < 0 ? 0 : length - 2] * 7)
                ^ (id[length >> 1] * 389)) & (Slots - 1);
    }
}
