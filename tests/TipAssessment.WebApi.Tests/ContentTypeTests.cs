using System.Net;
using Xunit;

namespace TipAssessment.WebApi.Tests;

/// <summary>The POST endpoints read JSON in UTF-8, or a body that names no type; anything else is
/// 415.</summary>
[Collection(ServiceCollection.Name)]
public sealed class ContentTypeTests
{
    private readonly RunningService _service;

    public ContentTypeTests(RunningService service) => _service = service;

    [Theory]
    [InlineData("/assessments/analyze", "application/xml")]
    [InlineData("/assessments/analyze", "text/plain; charset=iso-8859-1")]
    [InlineData("/assessments/analyze", "application/json; charset=iso-8859-1")]
    [InlineData("/assessments/analyze", "application/problem+json; charset=\"windows-1252\"")]
    [InlineData("/assessments/analyze", "application/x-www-form-urlencoded")]
    [InlineData("/assessments/analyze", "text/json")]
    [InlineData("/assessments/analyze", "application/*+json")]
    [InlineData("/assessments/analyze", "")]
    [InlineData("/assessments/chart", "application/xml")]
    [InlineData("/assessments/chart", "text/plain; charset=iso-8859-1")]
    public void Post_AValidDocumentNotDeclaredAsUtf8Json_Answers415Problem(string path, string contentType)
    {
        var sample = Requests.Sample("minimal.assessment.json");

        using var answer = Requests.PostAs(_service.Client, path, sample, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        var accepted = Assert.Single(answer.Headers.GetValues("Accept-Post"));
        Assert.Equal("application/json, application/*+json", accepted);
        var problem = Requests.Json(answer);
        Assert.Equal(415, problem.GetProperty("status").GetInt32());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("http.unsupported-media-type", error.GetProperty("code").GetString());
        Assert.Equal(string.Empty, error.GetProperty("pointer").GetString());
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json")]
    [InlineData("Application/JSON; Charset=\"UTF-8\"")]
    [InlineData("application/problem+json")]
    [InlineData("application/vnd.tipassessment.assessment+json; charset=utf-8; version=1")]
    public void Analyze_AValidDocumentDeclaredAsUtf8Json_AnswersTheAnalysis(string contentType)
    {
        var sample = Requests.Sample("minimal.assessment.json");

        using var answer = Requests.PostAs(_service.Client, "/assessments/analyze", sample, contentType);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("tipassessment.analysis", Requests.Json(answer).GetProperty("kind").GetString());
    }

    [Fact]
    public void Analyze_NoContentType_ReadsTheBodyAsJson()
    {
        var sample = Requests.Sample("minimal.assessment.json");

        using var answer = Requests.PostAs(
            _service.Client, "/assessments/analyze", sample, contentType: null);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("tipassessment.analysis", Requests.Json(answer).GetProperty("kind").GetString());
    }

    [Fact]
    public void Chart_NoContentType_JudgesTheBodyOnItsContent()
    {
        using var answer = Requests.PostAs(
            _service.Client, "/assessments/chart", "<assessment/>", contentType: null);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
    }
}
