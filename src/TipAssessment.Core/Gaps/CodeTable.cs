using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TipAssessment.Assessments;

namespace TipAssessment.Gaps;

/// <summary>
/// Every response's codes (drivers, or solution codes) as positions in the framework's catalogue, resolved
/// once per chart. Rows share responses and each row used to look every code up again by string, which
/// cost more than the rest of the gap derivation together; this table makes those passes integer-only.
/// Unknown and missing codes are left out (the importer reports them); order within a response is kept.
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

    /// <summary>Resolves the codes of each response (<paramref name="countOf"/> of them, read by
    /// <paramref name="codeAt"/>) against <paramref name="catalogue"/>.</summary>
    public static CodeTable Build(
        ImmutableArray<Response> responses,
        Dictionary<string, int> catalogue,
        Func<Response, int> countOf,
        Func<Response, int, string?> codeAt)
    {
        var start = new int[responses.Length + 1];
        var codes = new List<int>(responses.Length);
        for (var i = 0; i < responses.Length; i++)
        {
            start[i] = codes.Count;
            var response = responses[i];
            for (var j = 0; j < countOf(response); j++)
            {
                if (codeAt(response, j) is { } code && catalogue.TryGetValue(code, out var position))
                {
                    codes.Add(position);
                }
            }
        }

        start[responses.Length] = codes.Count;
        return new CodeTable(start, codes.ToArray());
    }

    /// <summary>Where the response's positions begin in <see cref="Code"/>.</summary>
    public int Start(int response) => _start[response];

    /// <summary>Where the response's positions end (exclusive).</summary>
    public int End(int response) => _start[response + 1];

    /// <summary>The catalogue position at <paramref name="at"/>.</summary>
    public int Code(int at) => _codes[at];
}
