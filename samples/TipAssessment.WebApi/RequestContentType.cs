using System;
using System.Linq;
using Microsoft.Net.Http.Headers;

namespace TipAssessment.WebApi;

/// <summary>Which request Content-Types the POST endpoints read: JSON in UTF-8, or none at all.</summary>
internal static class RequestContentType
{
    /// <summary>What a 415 answer names in its Accept-Post header.</summary>
    public const string Accepted = "application/json, application/*+json";

    /// <summary>
    /// True when the body may be read as an assessment document: the Content-Type is
    /// <c>application/json</c> or an <c>application/*+json</c> type, with any parameters but no charset
    /// other than UTF-8 (documents are UTF-8 by definition; a body declared as another charset would be
    /// misread, not converted).
    /// </summary>
    /// <remarks>
    /// A missing Content-Type is accepted: the endpoints take one format only, RFC 9110 (section 8.3) lets a
    /// recipient examine content that names no type, and the body is then judged as a JSON document like any
    /// other (400 if it is not one), so clients that send bare bytes keep working. A Content-Type that is
    /// present, empty or unparsable included, and names anything else is refused before the body is read.
    /// That includes <c>application/x-www-form-urlencoded</c>, which curl sends for --data and --data-binary
    /// unless told otherwise: the README's examples pass <c>-H 'Content-Type: application/json'</c>.
    /// </remarks>
    public static bool IsReadable(string? contentType)
    {
        if (contentType is null)
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var json = media.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
            && (media.SubType.Equals("json", StringComparison.OrdinalIgnoreCase)
                || (media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)
                    && media.SubTypeWithoutSuffix.Length > 0
                    && !media.SubTypeWithoutSuffix.Equals("*", StringComparison.Ordinal)));
        return json && media.Parameters.All(p => !p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(p.Value).Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }
}
