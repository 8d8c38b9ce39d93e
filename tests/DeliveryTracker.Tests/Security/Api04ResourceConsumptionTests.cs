using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.ApiKeys;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Security;

/// <summary>
/// OWASP API4:2023 Unrestricted Resource Consumption: page sizes are capped, bodies are limited, sign-in attempts and
/// API keys are rate-limited with 429 and Retry-After (this fixture runs with low limits).
/// </summary>
public sealed class Api04ResourceConsumptionTests : ApiFixture
{
    private const int SignInPerMinute = 3;
    private const int ApiKeyPerMinute = 4;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["RateLimits:SignInPerMinute"] = SignInPerMinute.ToString(CultureInfo.InvariantCulture),
        ["RateLimits:ApiKeyPerMinute"] = ApiKeyPerMinute.ToString(CultureInfo.InvariantCulture),
    };

    [TestCase("/api/v1/actions?limit=201")]
    [TestCase("/api/v1/leads?limit=100000")]
    [TestCase("/api/v1/kpis?limit=0")]
    [TestCase("/api/v1/plans?limit=-1")]
    public async Task List_LimitOutsideOneTo200_ReturnsValidationProblemNamingLimit(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Does.Contain("limit"));
    }

    [Test]
    public async Task Body_OverOneMebibyte_IsRefusedWith413BeforeItIsRead()
    {
        var huge = $$"""{"name":"{{new string('x', 1_100_000)}}","kind":"Person"}""";

        using var response = await Client.PostAsync(new Uri("/api/v1/leads", UriKind.Relative), new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That((await response.ProblemAsync()).GetProperty("title").GetString(), Does.Contain("too large"));
    }

    [Test]
    public async Task SignIn_OverTheLimitPerMinute_Returns429WithRetryAfter()
    {
        using var client = AnonymousClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt <= SignInPerMinute; attempt++)
        {
            last?.Dispose();
            last = await client.PostAsJsonAsync(new Uri("/api/v1/auth/sign-in", UriKind.Relative), new SignInRequest($"guess{attempt}@tests.example", "wrong-password-guess"), Json);
            statuses.Add(last.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.Unauthorized, SignInPerMinute).Append(HttpStatusCode.TooManyRequests)));
        Assert.That(int.Parse(last!.Headers.RetryAfter!.ToString(), CultureInfo.InvariantCulture), Is.InRange(1, 60));
        Assert.That((Header(last, RateLimits.LimitHeader), Header(last, RateLimits.RemainingHeader)), Is.EqualTo((SignInPerMinute, 0)));
        Assert.That((await last.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo(429));
        last.Dispose();
    }

    [Test]
    public async Task ApiKey_OverItsLimitPerMinute_Returns429WithRetryAfter_WhileAnotherKeyIsUnaffected()
    {
        var busy = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        var quiet = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        var busyClient = KeyClient(busy.Key);
        var quietClient = KeyClient(quiet.Key);

        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request <= ApiKeyPerMinute; request++)
        {
            using var response = await busyClient.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.That(response.Headers.RetryAfter, Is.Not.Null);
            }
        }

        using var other = await quietClient.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));
        Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.OK, ApiKeyPerMinute).Append(HttpStatusCode.TooManyRequests)));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ApiKeyRequests_CarryTheLimitAndHowManyAreLeft_WhileSessionRequestsCarryNone()
    {
        var key = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        var keyClient = KeyClient(key.Key);

        using var first = await keyClient.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));
        using var second = await keyClient.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));
        using var session = await Administrator.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        Assert.That((Header(first, RateLimits.LimitHeader), Header(first, RateLimits.RemainingHeader)), Is.EqualTo((ApiKeyPerMinute, ApiKeyPerMinute - 1)));
        Assert.That((Header(second, RateLimits.LimitHeader), Header(second, RateLimits.RemainingHeader)), Is.EqualTo((ApiKeyPerMinute, ApiKeyPerMinute - 2)));
        Assert.That(session.Headers.Contains(RateLimits.LimitHeader), Is.False);
        Assert.That(session.Headers.Contains(RateLimits.RemainingHeader), Is.False);
    }

    [Test]
    public async Task List_CursorLongerThanAnyTheApiIssues_ReturnsValidationProblemNamingCursor()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/plans?cursor={new string('A', Keyset.MaxCursorLength + 1)}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Does.Contain("cursor"));
    }

    private static int Header(HttpResponseMessage response, string name) =>
        int.Parse(response.Headers.GetValues(name).Single(), CultureInfo.InvariantCulture);
}
