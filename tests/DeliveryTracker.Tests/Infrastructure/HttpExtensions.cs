using System.Net.Http.Json;
using System.Text.Json;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>Small helpers for conditional writes: send JSON with or without <c>If-Match</c>.</summary>
public static class HttpExtensions
{
    public static async Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object? body, string? ifMatch, JsonSerializerOptions json)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
                : JsonContent.Create(body, body.GetType(), options: json);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    /// <summary>PATCHes <paramref name="patch"/> (JSON Merge Patch text) as <c>application/merge-patch+json</c>.</summary>
    public static async Task<HttpResponseMessage> SendMergePatchAsync(this HttpClient client, string path, string patch, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(patch, System.Text.Encoding.UTF8, "application/merge-patch+json"),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static string ETag(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.ETag?.ToString() ?? throw new AssertionException("The response has no ETag.");
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
