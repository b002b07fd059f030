using System.Collections.Generic;

namespace TipAssessment.WebApi;

/// <summary>What GET / answers: the endpoints, the limits, and what the service does not do.</summary>
internal static class ServiceDescription
{
    public static object For(ServiceSettings settings) => new Dictionary<string, object>
    {
        ["service"] = "TipAssessment sample API",
        ["storage"] = "None. Each document is analysed in memory and forgotten when the response is sent; "
            + "nothing is written to disk, a database or the log.",
        ["authentication"] = "None. Authentication, authorisation and TLS are the host system's to add "
            + "before this service is reachable by anyone but the local machine.",
        ["maxRequestBytes"] = settings.MaxRequestBytes,
        ["endpoints"] = new[]
        {
            "GET  /framework: the framework in use, as a framework document (JSON).",
            "POST /assessments/analyze: an assessment document in (Content-Type: application/json), the "
                + "analysis document (JSON) out; problems as RFC 9457 problem details (400 unreadable, "
                + "413 too large, 415 not declared as JSON in UTF-8, 422 invalid).",
            "POST /assessments/chart: an assessment document in (as above), the gap chart as one HTML "
                + "page out.",
            "GET  /assessments/example/chart: the gap chart of the bundled minimal example.",
        },
    };
}
