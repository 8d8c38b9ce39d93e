using System.Net;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.ApiKeys;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Security;

/// <summary>
/// OWASP API5:2023 Broken Function Level Authorization: each role reaches only its functions. Administration is for
/// administrators; changing plans for programme managers; reading for everyone; keys never reach administration.
/// </summary>
public sealed class Api05FunctionLevelAuthorizationTests : ApiFixture
{
    private static readonly string[] AdminReads = ["/api/v1/users", "/api/v1/api-keys", "/api/v1/security-events"];

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [TestCase(Role.ProgrammeManager)]
    [TestCase(Role.Lead)]
    [TestCase(Role.BoardMember)]
    [TestCase(Role.Viewer)]
    public async Task NonAdministrator_CallingAdministration_IsForbidden(Role role)
    {
        var client = ClientAs(role);
        var statuses = new List<HttpStatusCode>();
        foreach (var path in AdminReads)
        {
            statuses.Add(await StatusAsync(client, HttpMethod.Get, path));
        }

        statuses.Add(await StatusAsync(client, HttpMethod.Post, "/api/v1/users", $$"""{"email":"x{{Guid.NewGuid():N}}@tests.example","displayName":"X","password":"{{TestAccounts.Password}}","roles":["Administrator"]}"""));
        statuses.Add(await StatusAsync(client, HttpMethod.Post, "/api/v1/api-keys", """{"name":"sneaky","scopes":["kpis:write"],"expiresAt":"2030-01-01T00:00:00Z"}"""));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Administrator_CallingAdministration_IsAllowed()
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var path in AdminReads)
        {
            statuses.Add(await StatusAsync(Administrator, HttpMethod.Get, path));
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [TestCase(Role.Administrator)]
    [TestCase(Role.Lead)]
    [TestCase(Role.BoardMember)]
    [TestCase(Role.Viewer)]
    public async Task NonProgrammeManager_ChangingPlans_IsForbidden(Role role)
    {
        var client = ClientAs(role);
        var statuses = new[]
        {
            await StatusAsync(client, HttpMethod.Post, "/api/v1/plans", """{"title":"Mine","periodStart":"2024-04-01","periodEnd":"2025-03-31"}"""),
            await StatusAsync(client, HttpMethod.Post, "/api/v1/leads", """{"name":"Mine","kind":"Person"}"""),
            await StatusAsync(client, HttpMethod.Delete, $"/api/v1/kpis/{Guid.NewGuid()}"),
            await StatusAsync(client, HttpMethod.Post, "/api/v1/timescales/parse", """{"text":"March 2020","periodStart":"2019-04-01","periodEnd":"2022-03-31"}"""),
        };

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase(Role.Administrator)]
    [TestCase(Role.ProgrammeManager)]
    [TestCase(Role.Lead)]
    [TestCase(Role.BoardMember)]
    [TestCase(Role.Viewer)]
    public async Task EveryRole_ReadsPlansKpisAndReports(Role role)
    {
        var client = ClientAs(role);

        var statuses = new[]
        {
            await StatusAsync(client, HttpMethod.Get, "/api/v1/plans"),
            await StatusAsync(client, HttpMethod.Get, "/api/v1/kpis"),
            await StatusAsync(client, HttpMethod.Get, "/api/v1/actions/rag-counts"),
        };

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task JobDashboard_IsForAdministratorsOnly()
    {
        using var anonymous = AnonymousClient();
        var statuses = new[]
        {
            await StatusAsync(anonymous, HttpMethod.Get, "/hangfire"),
            await StatusAsync(ClientAs(Role.ProgrammeManager), HttpMethod.Get, "/hangfire"),
            await StatusAsync(ClientAs(Role.Viewer), HttpMethod.Get, "/hangfire"),
            await StatusAsync(Administrator, HttpMethod.Get, "/hangfire"),
        };

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK }));
    }

    [Test]
    public async Task ApiKey_WithEveryScope_CannotReachAdministrationOrChangePlans()
    {
        var key = await TestAccounts.CreateApiKeyAsync(Administrator, Enum.GetValues<ApiKeyScope>());
        var client = KeyClient(key.Key);
        var statuses = new List<HttpStatusCode>();
        foreach (var path in AdminReads.Append("/hangfire"))
        {
            statuses.Add(await StatusAsync(client, HttpMethod.Get, path));
        }

        statuses.Add(await StatusAsync(client, HttpMethod.Post, "/api/v1/leads", """{"name":"Key lead","kind":"Person"}"""));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Forbidden));
    }
}
