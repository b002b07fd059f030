using System;
using System.Collections.Generic;
using TipAssessment.Scoring;

namespace TipAssessment.Gaps;

/// <summary>
/// Every response's codes (drivers, or solution codes) as positions in the framework's catalogue, resolved
/// once, in the evidence pass. Rows share responses and each row used to look every code up again by string;
/// this table makes those passes integer-only. Unknown and missing codes are left out (the importer reports
/// them), and so is a code a response repeats (it counts once); order within a response is kept.
/// </summary>
internal sealed class CodeTable
{
    private readonly int[] _start;
    private readonly int[] _codes;

    private CodeTable(int[] start, int[] codes, int[] citing)
    {
        _start = start;
        _codes = codes;
        Citing = citing;
    }

    /// <summary>A table of no responses.</summary>
    public static CodeTable Empty { get; } = new(new int[1], Array.Empty<int>(), Array.Empty<int>());

    /// <summary>How many responses of the whole table cite each catalogue position: a bound on how many of
    /// any subset do.</summary>
    public int[] Citing { get; }

    /// <summary>The catalogue positions of the codes of the response at
    /// <paramref name="position"/>.</summary>
    public ReadOnlySpan<int> Of(int position) =>
        new(_codes, _start[position], _start[position + 1] - _start[position]);

    /// <summary>Fills a table one response at a time, in position order.</summary>
    internal sealed class Builder
    {
        private readonly IdCache<int> _catalogue;
        private readonly int[] _start;
        private readonly int[] _citing;
        private int[] _codes;
        private int _count;
        private int _current;

        public Builder(Dictionary<string, int> catalogue, int size, int responses, int capacity)
        {
            _catalogue = new IdCache<int>(id => catalogue.TryGetValue(id, out var found) ? found : -1);
            _start = new int[responses + 1];
            _citing = new int[size];
            _codes = new int[Math.Max(16, capacity)];
        }

        /// <summary>Starts the codes of the response at <paramref name="position"/>.</summary>
        public void Start(int position) => _start[position] = _current = _count;

        /// <summary>Adds a code of the current response; unknown and missing codes are skipped.</summary>
        public void Add(string? code)
        {
            if (code is null)
            {
                return;
            }

            var position = _catalogue.Find(code);
            if (position < 0)
            {
                return;
            }

            for (var at = _current; at < _count; at++)
            {
                if (_codes[at] == position)
                {
                    return;
                }
            }

            _citing[position]++;

            if (_count == _codes.Length)
            {
                Array.Resize(ref _codes, _codes.Length * 2);
            }

            _codes[_count++] = position;
        }

        public CodeTable Build()
        {
            _start[_start.Length - 1] = _count;
            return new CodeTable(_start, _codes, _citing);
        }
    }
}
