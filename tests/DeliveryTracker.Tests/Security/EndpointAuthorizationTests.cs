using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DeliveryTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DeliveryTracker.Tests.Security;

/// <summary>
/// Every endpoint declares who may call it: each operation in the OpenAPI document names its policy, every API route
/// in the running app carries one, and without credentials every operation but sign-in answers 401.
/// </summary>
public sealed class EndpointAuthorizationTests : ApiFixture
{
    private static readonly HashSet<string> KnownPolicies =
        ["read-plans", "edit-plans", "post-progress", "read-kpis", "write-measurements", "read-reports", "read-reminders", "administer", "signed-in", "use-update-link"];

    private static readonly HashSet<string> AnonymousOperations = ["SignIn"];

    private List<(string Method, string Path, string OperationId, string? Policy)> _operations = [];

    [OneTimeSetUp]
    public async Task ReadDocumentAsync()
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        _operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (
                operation.Name.ToUpperInvariant(),
                path.Name,
                operation.Value.GetProperty("operationId").GetString()!,
                operation.Value.TryGetProperty("x-authorization-policy", out var policy) ? policy.GetString() : null)))
            .ToList();
    }

    [Test]
    public void TheDocument_HasEveryOperation() => Assert.That(_operations, Has.Count.GreaterThan(70));

    [Test]
    public void EveryOperationInTheDocument_NamesAKnownPolicy()
    {
        var missing = _operations.Where(o => o.Policy is null || (!KnownPolicies.Contains(o.Policy) && o.Policy != "anonymous")).Select(o => $"{o.Method} {o.Path}");
        var anonymous = _operations.Where(o => o.Policy == "anonymous").Select(o => o.OperationId);

        Assert.That(missing, Is.Empty);
        Assert.That(anonymous, Is.EquivalentTo(AnonymousOperations));
    }

    [Test]
    public void EveryApiRouteInTheRunningApp_RequiresAPolicyOrIsTheSignIn()
    {
        var endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true || e.RoutePattern.RawText?.StartsWith("api", StringComparison.Ordinal) == true)
            .ToList();

        var unprotected = endpoints
            .Where(e => !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null && KnownPolicies.Contains(a.Policy)))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null || !AnonymousOperations.Contains(e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? ""))
            .Select(e => e.DisplayName);

        Assert.That(endpoints, Has.Count.EqualTo(_operations.Count));
        Assert.That(unprotected, Is.Empty);
    }

    [Test]
    public async Task EveryProtectedOperation_WithoutCredentials_ReturnsUnauthorizedProblem()
    {
        using var anonymous = AnonymousClient();
        var failures = new List<string>();
        foreach (var (method, path, _, policy) in _operations.Where(o => o.Policy != "anonymous"))
        {
            var concrete = Regex.Replace(path, "\\{[^}]+\\}", _ => Guid.CreateVersion7().ToString());
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(concrete, UriKind.Relative));
            if (method is "POST" or "PUT")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await anonymous.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{method} {path} ({policy}): {(int)response.StatusCode}");
            }
        }

        Assert.That(failures, Is.Empty);
    }
}
