using System;
using System.Net;
using Xunit;

namespace TipAssessment.WebApi.Tests;

[Collection(ServiceCollection.Name)]
public sealed class ChartEndpointTests
{
    private readonly RunningService _service;

    public ChartEndpointTests(RunningService service) => _service = service;

    [Fact]
    public void Chart_AValidAssessment_AnswersOneHtmlPageWithTheSvgChart()
    {
        var sample = Requests.Sample("minimal.assessment.json");

        using var answer = Requests.Post(_service.Client, "/assessments/chart", sample);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType!.MediaType);
        var html = Requests.Text(answer);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_MalformedJson_AnswersProblemNotHtml()
    {
        using var answer = Requests.Post(_service.Client, "/assessments/chart", "not json");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public void ExampleChart_IsTheChartOfTheBundledExample()
    {
        using var answer = Requests.Get(_service.Client, "/assessments/example/chart");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("example-minimal-2025", Requests.Text(answer), StringComparison.Ordinal);
    }
}
