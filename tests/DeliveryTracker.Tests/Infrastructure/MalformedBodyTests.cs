using System.Net;
using System.Text;
using System.Text.Json;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// Feeds every operation in the OpenAPI document that takes a JSON body a set of malformed bodies, and checks each gets
/// a 400 problem (415 for a non-JSON content type) — never a 500, never a success.
/// </summary>
public sealed class MalformedBodyTests : ApiFixture
{
    private static readonly (string Name, string Body)[] MalformedBodies =
    [
        ("truncated JSON", "{"),
        ("not an object", "[1, 2, 3]"),
        ("a bare string", "\"text\""),
        ("unknown property only", """{"surelyNotAField": true}"""),
        ("wrong types everywhere", """{"title": 42, "code": [], "name": {}, "status": 7, "position": "first", "ids": "x", "value": "NaN"}"""),
        ("null", "null"),
    ];

    private List<(string Method, string Path, string MediaType, bool ByLink)> _operations = [];

    [OneTimeSetUp]
    public async Task ReadOperationsAsync()
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.TryGetProperty("requestBody", out _)))
            {
                // Every id in a path gets a random GUID: binding (and so validation of the body) comes before any lookup.
                var concrete = System.Text.RegularExpressions.Regex.Replace(path.Name, "\\{[^}]+\\}", _ => Guid.CreateVersion7().ToString());
                // The media type the operation documents: application/json, or application/merge-patch+json for a PATCH.
                var mediaType = operation.Value.GetProperty("requestBody").GetProperty("content").EnumerateObject().First().Name;
                var byLink = operation.Value.TryGetProperty("x-authorization-policy", out var policy) && policy.GetString() == Requests.OpenApiOperation.UpdateLinkPolicy;
                _operations.Add((operation.Name.ToUpperInvariant(), concrete, mediaType, byLink));
            }
        }
    }

    /// <summary>
    /// Every role, so authorization (checked before the body is read) lets every operation through to binding; a signed
    /// update link for the operations only a link may call.
    /// </summary>
    private HttpClient EveryRoleClient() => ClientAs(TestTokens.For("every-role@tests.example", Enum.GetValues<DeliveryTracker.Contracts.Accounts.Role>()));

    [Test]
    public void TheDocument_HasOperationsWithBodies() => Assert.That(_operations, Has.Count.GreaterThan(5));

    [Test]
    public async Task EveryOperationWithABody_RejectsMalformedJsonWithAProblem()
    {
        var everyRole = EveryRoleClient();
        var link = await NewLinkClientAsync();
        var failures = new List<string>();
        foreach (var (method, path, mediaType, byLink) in _operations)
        {
            foreach (var (name, body) in MalformedBodies)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
                {
                    Content = new StringContent(body, Encoding.UTF8, mediaType),
                };
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                using var response = await (byLink ? link : everyRole).SendAsync(request);
                var type = response.Content.Headers.ContentType?.MediaType;
                if (response.StatusCode != HttpStatusCode.BadRequest || type != "application/problem+json")
                {
                    failures.Add($"{method} {path} with {name}: {(int)response.StatusCode} {type}");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task EveryOperationWithABody_RejectsANonJsonContentType()
    {
        var everyRole = EveryRoleClient();
        var failures = new List<string>();
        foreach (var (method, path, _, _) in _operations)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
            {
                Content = new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded"),
            };
            using var response = await everyRole.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.UnsupportedMediaType)
            {
                failures.Add($"{method} {path}: {(int)response.StatusCode}");
            }
        }

        Assert.That(failures, Is.Empty);
    }
}
