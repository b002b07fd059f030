using System.Net;
using Xunit;

namespace TipAssessment.WebApi.Tests;

[Collection(ServiceCollection.Name)]
public sealed class FrameworkEndpointTests
{
    private readonly RunningService _service;

    public FrameworkEndpointTests(RunningService service) => _service = service;

    [Fact]
    public void Framework_AnswersTheStandardFrameworkDocument()
    {
        using var answer = Requests.Get(_service.Client, "/framework");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var framework = Requests.Json(answer);
        Assert.Equal("tipassessment.framework", framework.GetProperty("kind").GetString());
        Assert.Equal("tip-local-needs-gap", framework.GetProperty("id").GetString());
    }

    [Fact]
    public void Root_SaysNothingIsStoredAndAuthenticationIsTheHosts()
    {
        using var answer = Requests.Get(_service.Client, "/");

        var description = Requests.Json(answer);
        var storage = description.GetProperty("storage").GetString();
        var authentication = description.GetProperty("authentication").GetString();
        Assert.StartsWith("None.", storage, System.StringComparison.Ordinal);
        Assert.Contains("host system", authentication, System.StringComparison.Ordinal);
    }
}
