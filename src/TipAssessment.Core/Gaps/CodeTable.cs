using System;
using System.Collections.Generic;
using TipAssessment.Scoring;

namespace TipAssessment.Gaps;

/// <summary>
/// Every response's codes (drivers, or solution codes) as positions in the framework's catalogue, resolved
/// once, in the evidence pass. Rows share responses and each row used to look every code up again by string;
/// this table makes those passes integer-only. Unknown and missing codes are left out (the importer reports
/// them); order within a response is kept.
/// </summary>
internal sealed class CodeTable
{
    private readonly int[] _start;
    private readonly int[] _codes;

    private CodeTable(int[] start, int[] codes)
    {
        _start = start;
        _codes = codes;
    }

    /// <summary>A table of no responses.</summary>
    public static CodeTable Empty { get; } = new(new int[1], Array.Empty<int>());

    /// <summary>The catalogue positions of the codes of the response at
    /// <paramref name="position"/>.</summary>
    public ReadOnlySpan<int> Of(int position) =>
        new(_codes, _start[position], _start[position + 1] - _start[position]);

    /// <summary>Fills a table one response at a time, in position order.</summary>
    internal sealed class Builder
    {
        private readonly IdCache<int> _catalogue;
        private readonly int[] _start;
        private int[] _codes;
        private int _count;

        public Builder(Dictionary<string, int> catalogue, int responses, int capacity)
        {
            _catalogue = new IdCache<int>(id => catalogue.TryGetValue(id, out var found) ? found : -1);
            _start = new int[responses + 1];
            _codes = new int[Math.Max(16, capacity)];
        }

        /// <summary>Starts the codes of the response at <paramref name="position"/>.</summary>
        public void Start(int position) => _start[position] = _count;

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

            if (_count == _codes.Length)
            {
                Array.Resize(ref _codes, _codes.Length * 2);
            }

            _codes[_count++] = position;
        }

        public CodeTable Build()
        {
            _start[_start.Length - 1] = _count;
            return new CodeTable(_start, _codes);
        }
    }
}
