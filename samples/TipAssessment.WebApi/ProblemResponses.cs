using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.AspNetCore.Http;
using TipAssessment.Problems;

namespace TipAssessment.WebApi;

/// <summary>Turns import problems into RFC 9457 problem details with an "errors" list of JSON
/// Pointers.</summary>
internal static class ProblemResponses
{
    public static IResult ForImport(ImmutableArray<Problem> problems)
    {
        var errors = problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        var status = StatusFor(errors);
        var extensions = new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(Entry).ToList(),
            ["warnings"] = problems.Where(p => p.Severity == ProblemSeverity.Warning).Select(Entry).ToList(),
        };
        return Results.Problem(
            title: status == StatusCodes.Status422UnprocessableEntity
                ? "The assessment document is not valid."
                : "The request body is not a readable JSON document.",
            detail: $"{errors.Count} error(s); each names the place in the document as a JSON Pointer.",
            statusCode: status,
            extensions: extensions);
    }

    public static IResult ForBadRequest(BadHttpRequestException error)
    {
        var tooLarge = error.StatusCode == StatusCodes.Status413PayloadTooLarge;

        // The same errors list as every other problem response, so clients handle one shape.
        var problem = Problem.Error(
            tooLarge ? ProblemCodes.TooLarge : "http.unreadable-request",
            string.Empty,
            tooLarge
                ? "The request body is larger than this service accepts; send a smaller document."
                : error.Message);
        return Results.Problem(
            title: tooLarge
                ? "The request body is larger than this service accepts."
                : "The request could not be read.",
            detail: error.Message,
            statusCode: error.StatusCode,
            extensions: OneError(problem));
    }

    public static IResult ForUnsupportedMediaType(string contentType)
    {
        var problem = Problem.Error(
            "http.unsupported-media-type",
            string.Empty,
            "Send the document as JSON in UTF-8 with the header Content-Type: application/json "
                + "(curl: -H 'Content-Type: application/json').");
        return Results.Problem(
            title: "The request body is not declared as JSON.",
            detail: $"Content-Type '{contentType}' is not accepted: this endpoint reads application/json or "
                + "application/*+json, in UTF-8 if a charset is given.",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            extensions: OneError(problem));
    }

    // Unreadable JSON is the request's fault (400), too much of it is 413, valid JSON with bad content
    // is 422.
    private static int StatusFor(List<Problem> errors)
    {
        if (errors.Any(p => p.Code == ProblemCodes.TooLarge))
        {
            return StatusCodes.Status413PayloadTooLarge;
        }

        return errors.Any(p => p.Code.StartsWith("json.", System.StringComparison.Ordinal))
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status422UnprocessableEntity;
    }

    // The same errors list as every other problem response, so clients handle one shape.
    private static Dictionary<string, object?> OneError(Problem problem) =>
        new() { ["errors"] = new List<object> { Entry(problem) } };

    private static object Entry(Problem problem) =>
        new Dictionary<string, object?>
        {
            ["code"] = problem.Code,
            ["pointer"] = problem.Pointer,
            ["message"] = problem.Message,
            ["line"] = problem.Line,
            ["position"] = problem.Position,
        };
}
