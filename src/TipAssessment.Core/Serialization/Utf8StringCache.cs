using System;
using System.Text;

namespace TipAssessment.Serialization;

/// <summary>
/// Turns short UTF-8 byte sequences into strings, giving the same string instance for the same bytes, so
/// that the ids a document repeats thousands of times (question ids, informant codes, locality ids, driver
/// and solution codes) are held once. An open-addressing table keyed by the bytes themselves, kept at most
/// half full: it starts small and doubles, and once it holds <see cref="Capacity"/> distinct values it stops
/// adding and simply decodes, so a document of all-different values costs little more than one without the
/// cache. A lookup probes at most <see cref="MaxProbes"/> slots and decodes without caching after that, so
/// values chosen to collide (the hash is not secret) cost a constant each, never a walk of the table. One
/// per import; not thread-safe.
/// </summary>
internal sealed class Utf8StringCache
{
    /// <summary>The most distinct values held.</summary>
    public const int Capacity = 1 << 16;

    /// <summary>The most slots one lookup visits.</summary>
    public const int MaxProbes = 32;

    private Entry[] _entries = new Entry[64];
    private int _count;

    /// <summary>The string for <paramref name="utf8"/> (valid UTF-8 without escapes).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        var hash = Hash(utf8);
        var mask = _entries.Length - 1;
        var slot = hash & mask;
        for (var probes = 0; probes < MaxProbes; probes++)
        {
            ref var entry = ref _entries[slot];
            if (entry.Value is null)
            {
                var value = Decode(utf8);
                if (_count < Capacity)
                {
                    entry = new Entry(hash, utf8.ToArray(), value);
                    if (++_count * 2 > _entries.Length)
                    {
                        Grow();
                    }
                }

                return value;
            }

            if (entry.Hash == hash && utf8.SequenceEqual(entry.Key))
            {
                return entry.Value;
            }

            slot = (slot + 1) & mask;
        }

        return Decode(utf8);
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        var mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Value is null)
            {
                continue;
            }

            var slot = entry.Hash & mask;
            while (_entries[slot].Value is not null)
            {
                slot = (slot + 1) & mask;
            }

            _entries[slot] = entry;
        }
    }

    /// <summary>Decodes UTF-8 without the cache.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
#if NET
        return Encoding.UTF8.GetString(utf8);
#else
        return Encoding.UTF8.GetString(utf8.ToArray());
#endif
    }

    // FNV-1a: enough spread for short ids, and the same on every runtime.
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private readonly struct Entry
    {
        public Entry(int hash, byte[] key, string value)
        {
            Hash = hash;
            Key = key;
            Value = value;
        }

        public int Hash { get; }

        public byte[] Key { get; }

        public string? Value { get; }
    }
}
