using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using TipAssessment.Analysis;
using TipAssessment.DependencyInjection;
using TipAssessment.Framework;
using TipAssessment.Reports;
using TipAssessment.Serialization;

namespace TipAssessment.WebApi;

/// <summary>The routes. Each request is handled in memory and forgotten: nothing is written
/// anywhere.</summary>
internal static class Endpoints
{
    private const string Json = "application/json; charset=utf-8";

    private const string Html = "text/html; charset=utf-8";

    public static void Map(WebApplication app, ServiceSettings settings)
    {
        app.MapGet("/", () => Results.Json(ServiceDescription.For(settings)));
        app.MapGet("/framework", (AssessmentFramework framework) =>
            Results.Bytes(FrameworkJson.ExportUtf8(framework), Json));
        app.MapPost("/assessments/analyze", (HttpRequest request, IAssessmentImporter importer,
            ITipAssessmentAnalyzer analyzer) => Analyze(request, importer, analyzer,
                analysis => Results.Bytes(AnalysisJson.ExportUtf8(analysis), Json)));
        app.MapPost("/assessments/chart", (HttpRequest request, IAssessmentImporter importer,
            ITipAssessmentAnalyzer analyzer) => Analyze(request, importer, analyzer,
                analysis => Results.Text(HtmlReport.Render(analysis), Html)));
        app.MapGet("/assessments/example/chart", (IAssessmentImporter importer,
            ITipAssessmentAnalyzer analyzer) =>
                Results.Text(HtmlReport.Render(analyzer.Analyze(ExampleAssessment.Load(importer))), Html));
    }

    private static async Task<IResult> Analyze(
        HttpRequest request,
        IAssessmentImporter importer,
        ITipAssessmentAnalyzer analyzer,
        System.Func<AssessmentAnalysis, IResult> render)
    {
        // Checked before the body is read; RequestContentType says what passes and why.
        if (!RequestContentType.IsReadable(request.ContentType))
        {
            request.HttpContext.Response.Headers["Accept-Post"] = RequestContentType.Accepted;
            return ProblemResponses.ForUnsupportedMediaType(request.ContentType!);
        }

        var body = await BodyReader.Read(request);
        if (body.Rejection is not null)
        {
            return body.Rejection;
        }

        using var stream = new MemoryStream(body.Bytes!, writable: false);
        var imported = importer.Import(stream);
        return imported.Value is null
            ? ProblemResponses.ForImport(imported.Problems)
            : render(analyzer.Analyze(imported.Value));
    }
}
