using System.Net;
using Xunit;

namespace TipAssessment.WebApi.Tests;

[Collection(ServiceCollection.Name)]
public sealed class RequestLimitTests
{
    // The sample's default limit is 8 MiB; one byte more must be refused before any parsing.
    private const int DefaultLimit = 8 * 1024 * 1024;

    private readonly RunningService _service;

    public RequestLimitTests(RunningService service) => _service = service;

    [Fact]
    public void Analyze_ABodyOverTheLimit_Answers413Problem()
    {
        var body = "[" + new string(' ', DefaultLimit) + "]";

        using var answer = Requests.PostExpectingContinue(_service.Client, "/assessments/analyze", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        var problem = Requests.Json(answer);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Equal("json.too-large", problem.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Analyze_ABodyJustUnderTheLimit_IsReadAndJudgedOnItsContent()
    {
        var body = "[" + new string(' ', DefaultLimit - 3) + "]";

        using var answer = Requests.Post(_service.Client, "/assessments/analyze", body);

        Assert.Equal((HttpStatusCode)422, answer.StatusCode);
    }
}
