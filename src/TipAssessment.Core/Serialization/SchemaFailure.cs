using System;
using System.Collections.Generic;
using System.Globalization;
using Json.Schema;

namespace TipAssessment.Serialization;

/// <summary>
/// One keyword failure of a JSON Schema evaluation, with its locations as plain JSON Pointers.
/// </summary>
/// <param name="EvaluationPath">Where in the schema's evaluation it failed (through <c>$ref</c>s).</param>
/// <param name="SchemaPointer">The failing schema node, as a pointer into the schema document.</param>
/// <param name="Instance">The pointer of the offending value.</param>
/// <param name="Keyword">The failing keyword; empty for a <c>false</c> schema.</param>
/// <param name="LibraryMessage">JsonSchema.Net's own message, used when no better one can be written.</param>
internal sealed record SchemaFailure(
    string EvaluationPath,
    string SchemaPointer,
    string Instance,
    string Keyword,
    string LibraryMessage)
{
    private static readonly string[] Combinators = { "anyOf", "oneOf" };

    /// <summary>The node itself and its details (the list format is one level deep).</summary>
    public static IEnumerable<EvaluationResults> Nodes(EvaluationResults results)
    {
        yield return results;
        foreach (var detail in results.Details ?? new List<EvaluationResults>())
        {
            yield return detail;
        }
    }

    /// <summary>The pointer part of a schema location URI, unescaped.</summary>
    /// <remarks>
    /// Read from the original string: <see cref="Uri.Fragment"/> costs more than the evaluation.
    /// </remarks>
    public static string FragmentOf(Uri location)
    {
        var text = location.OriginalString;
        var hash = text.IndexOf('#');
        return hash < 0 ? string.Empty : Uri.UnescapeDataString(text.Substring(hash + 1));
    }

    /// <summary>
    /// When the failure lies inside a branch of an <c>anyOf</c> or <c>oneOf</c>, the evaluation path of the
    /// outermost such keyword (for example <c>/properties/rating/anyOf</c>) and the branch index.
    /// </summary>
    public bool TryGetCombinator(out string combinatorPath, out int branch)
    {
        var segments = EvaluationPath.Split('/');
        for (var i = 1; i < segments.Length - 1; i++)
        {
            if (Array.IndexOf(Combinators, segments[i]) >= 0
                && int.TryParse(segments[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out branch))
            {
                combinatorPath = string.Join("/", segments, 0, i + 1);
                return true;
            }
        }

        combinatorPath = string.Empty;
        branch = -1;
        return false;
    }
}
