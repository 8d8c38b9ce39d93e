using System.Text.Json;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Plans;
using DeliveryTracker.Api.Features.Themes;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.Actions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// The OpenAPI document states the limits the API holds values to and the responses its middleware gives, as
/// Spectral's OWASP rules ask (the lint itself runs in <c>.ci/test</c>; these pin where the numbers come from).
/// </summary>
public sealed class OpenApiContractLimitsTests : ApiFixture
{
    private JsonElement _document;

    [OneTimeSetUp]
    public async Task ReadDocumentAsync() => _document = await GetJsonAsync<JsonElement>("/openapi/v1.json");

    private IEnumerable<(string Name, JsonElement Operation)> Operations =>
        _document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value)));

    private JsonElement Property(string schema, string property) =>
        _document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(property);

    [Test]
    public void EveryOperation_DeclaresTooManyRequestsWithRetryAfter_AndServerError_AsProblems()
    {
        var missing = Operations
            .Where(o => !IsProblem(o.Operation, "429") || !IsProblem(o.Operation, "500")
                || !o.Operation.GetProperty("responses").GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _))
            .Select(o => o.Name);

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EveryOperationBehindAPolicy_DeclaresUnauthorizedAndForbidden_AsProblems()
    {
        var protectedOperations = Operations.Where(o => o.Operation.GetProperty("x-authorization-policy").GetString() != "anonymous").ToList();

        var missing = protectedOperations.Where(o => !IsProblem(o.Operation, "401") || !IsProblem(o.Operation, "403")).Select(o => o.Name);

        Assert.That(protectedOperations, Is.Not.Empty);
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EverySuccessAndClientErrorResponse_DeclaresTheRateLimitHeadersTheApiSends()
    {
        var missing = Operations
            .SelectMany(o => o.Operation.GetProperty("responses").EnumerateObject()
                .Where(r => r.Name[0] is '2' or '4')
                .Where(r => !r.Value.TryGetProperty("headers", out var headers)
                    || !headers.TryGetProperty(RateLimits.LimitHeader, out _) || !headers.TryGetProperty(RateLimits.RemainingHeader, out _))
                .Select(r => $"{o.Name} {r.Name}"));

        Assert.That(missing, Is.Empty);
    }

    [TestCase("ThemeDto", "title", typeof(Theme), nameof(Theme.Title))]
    [TestCase("ThemeNodeDto", "title", typeof(Theme), nameof(Theme.Title))]
    [TestCase("PlanSummaryDto", "title", typeof(Plan), nameof(Plan.Title))]
    public void AResponseString_TakesItsColumnsLength(string schema, string property, Type entity, string column)
    {
        using var scope = Factory.Services.CreateScope();
        var length = scope.ServiceProvider.GetRequiredService<TrackerDbContext>().Model.FindEntityType(entity)!.FindProperty(column)!.GetMaxLength();

        Assert.That(length, Is.Not.Null);
        Assert.That(Property(schema, property).GetProperty("maxLength").GetInt32(), Is.EqualTo(length));
    }

    [Test]
    public void AResponseList_TakesTheLimitOfItsRequestField_AndAPageAtMostTheLargestPage()
    {
        Assert.That(Property("ActionDto", "leads").GetProperty("maxItems").GetInt32(), Is.EqualTo(ActionRules.MaxLeads));
        Assert.That(Property("ActionNodeDto", "leads").GetProperty("maxItems").GetInt32(), Is.EqualTo(ActionRules.MaxLeads));
        Assert.That(Property("PageOfActionSummaryDto", "items").GetProperty("maxItems").GetInt32(), Is.EqualTo(Keyset.MaxLimit));
    }

    [Test]
    public void ListParameters_DeclareTheLimitsTheApiEnforces()
    {
        var list = _document.GetProperty("paths").GetProperty("/api/v1/plans").GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
        var limit = list.Single(p => p.GetProperty("name").GetString() == "limit").GetProperty("schema");
        var cursor = list.Single(p => p.GetProperty("name").GetString() == "cursor").GetProperty("schema");

        Assert.That((limit.GetProperty("minimum").GetInt32(), limit.GetProperty("maximum").GetInt32()), Is.EqualTo((1, Keyset.MaxLimit)));
        Assert.That(cursor.GetProperty("maxLength").GetInt32(), Is.EqualTo(Keyset.MaxCursorLength));
    }

    private static bool IsProblem(JsonElement operation, string status) =>
        operation.GetProperty("responses").TryGetProperty(status, out var response)
        && response.TryGetProperty("content", out var content)
        && content.TryGetProperty("application/problem+json", out _);
}
