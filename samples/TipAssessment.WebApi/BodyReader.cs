using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace TipAssessment.WebApi;

/// <summary>Reads a request body into memory within Kestrel's size limit.</summary>
internal static class BodyReader
{
    public static async Task<(byte[]? Bytes, IResult? Rejection)> Read(HttpRequest request)
    {
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            return (buffer.ToArray(), null);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel stops reading at MaxRequestBodySize and reports 413; say so as problem details.
            return (null, ProblemResponses.ForBadRequest(e));
        }
    }
}
