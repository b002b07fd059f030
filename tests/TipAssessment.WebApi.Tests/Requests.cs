using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace TipAssessment.WebApi.Tests;

/// <summary>Request bodies and answers as the tests need them.</summary>
internal static class Requests
{
    public static string Sample(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "samples", name));

    public static HttpResponseMessage Post(HttpClient client, string path, string body) =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"))
            .GetAwaiter().GetResult();

    // The Content-Type goes out exactly as given (none at all for null), unchecked by HttpClient.
    public static HttpResponseMessage PostAs(HttpClient client, string path, string body, string? contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return client.PostAsync(path, content).GetAwaiter().GetResult();
    }

    // Expect: 100-continue lets the service refuse an oversized body before the client sends it, as real
    // clients of large uploads do; without it the refusal races the upload and may surface as a reset.
    public static HttpResponseMessage PostExpectingContinue(HttpClient client, string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        return client.SendAsync(request).GetAwaiter().GetResult();
    }

    public static HttpResponseMessage Get(HttpClient client, string path) =>
        client.GetAsync(path).GetAwaiter().GetResult();

    public static string Text(HttpResponseMessage answer) =>
        answer.Content.ReadAsStringAsync().GetAwaiter().GetResult();

    public static JsonElement Json(HttpResponseMessage answer)
    {
        using var document = JsonDocument.Parse(Text(answer));
        return document.RootElement.Clone();
    }
}
