using System.Linq;
using System.Net;
using Xunit;

namespace TipAssessment.WebApi.Tests;

[Collection(ServiceCollection.Name)]
public sealed class AnalyzeEndpointTests
{
    private readonly RunningService _service;

    public AnalyzeEndpointTests(RunningService service) => _service = service;

    [Fact]
    public void Analyze_AValidAssessment_AnswersTheAnalysisDocument()
    {
        var sample = Requests.Sample("minimal.assessment.json");

        using var answer = Requests.Post(_service.Client, "/assessments/analyze", sample);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/json", answer.Content.Headers.ContentType!.MediaType);
        var analysis = Requests.Json(answer);
        Assert.Equal("tipassessment.analysis", analysis.GetProperty("kind").GetString());
        var id = analysis.GetProperty("assessment").GetProperty("id").GetString();
        Assert.Equal("example-minimal-2025", id);
    }

    [Fact]
    public void Analyze_MalformedJson_Answers400ProblemWithLineAndPosition()
    {
        using var answer = Requests.Post(_service.Client, "/assessments/analyze", "{\"kind\": ");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        var error = Assert.Single(Requests.Json(answer).GetProperty("errors").EnumerateArray());
        Assert.Equal("json.malformed", error.GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Analyze_SchemaErrors_Answers422ProblemWithEveryPointer()
    {
        const string incomplete =
            "{\"kind\": \"tipassessment.assessment\", \"formatVersion\": \"1.0\", \"id\": \"x\"}";

        using var answer = Requests.Post(_service.Client, "/assessments/analyze", incomplete);

        Assert.Equal((HttpStatusCode)422, answer.StatusCode);
        var problem = Requests.Json(answer);
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        var pointers = problem.GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("pointer").GetString());
        Assert.Contains("/country", pointers);
        Assert.Contains("/framework", pointers);
        Assert.All(problem.GetProperty("errors").EnumerateArray(),
            e => Assert.False(string.IsNullOrEmpty(e.GetProperty("message").GetString())));
    }

    [Fact]
    public void Analyze_AFrameworkDocumentInstead_Answers422NamingTheKind()
    {
        using var framework = Requests.Get(_service.Client, "/framework");

        using var answer = Requests.Post(_service.Client, "/assessments/analyze", Requests.Text(framework));

        Assert.Equal((HttpStatusCode)422, answer.StatusCode);
        var codes = Requests.Json(answer).GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("code").GetString());
        Assert.Contains("format.wrong-kind", codes);
    }
}
