using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace TipAssessment.WebApi;

/// <summary>The sample's own settings: where it listens and how large a request may be.</summary>
internal sealed record ServiceSettings(string Urls, long MaxRequestBytes)
{
    /// <summary>Loopback only, so nothing is reachable from another machine until the host decides
    /// so.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>8 MiB: far above a large assessment (the Nepal sample is under 1 MiB).</summary>
    public const long DefaultMaxRequestBytes = 8L * 1024 * 1024;

    public static ServiceSettings From(IConfiguration configuration)
    {
        // --urls or ASPNETCORE_URLS win over the default, as everywhere in ASP.NET Core.
        var urls = configuration["urls"] ?? DefaultUrls;
        var max = configuration["TipAssessment:MaxRequestBytes"];
        var bytes = max is null ? DefaultMaxRequestBytes : long.Parse(max, CultureInfo.InvariantCulture);
        return bytes >= 1
            ? new ServiceSettings(urls, bytes)
            : throw new InvalidOperationException("TipAssessment:MaxRequestBytes must be at least 1.");
    }
}
