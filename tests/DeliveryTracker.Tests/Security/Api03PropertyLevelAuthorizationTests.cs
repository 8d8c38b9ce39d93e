using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.ApiKeys;
using DeliveryTracker.Tests.Infrastructure;
using Npgsql;

namespace DeliveryTracker.Tests.Security;

/// <summary>
/// OWASP API3:2023 Broken Object Property Level Authorization: server-owned fields cannot be set by a client (unknown
/// members are refused, so mass assignment fails loudly), and no response or history ever carries a secret or its hash.
/// </summary>
public sealed class Api03PropertyLevelAuthorizationTests : ApiFixture
{
    [TestCase("/api/v1/plans", """{"title":"Mass","periodStart":"2024-04-01","periodEnd":"2025-03-31","id":"00000000-0000-7000-8000-000000000001"}""", "id")]
    [TestCase("/api/v1/plans", """{"title":"Mass","periodStart":"2024-04-01","periodEnd":"2025-03-31","updatedAt":"2000-01-01T00:00:00Z"}""", "updatedAt")]
    [TestCase("/api/v1/leads", """{"name":"Mass lead","kind":"Person","userId":"00000000-0000-7000-8000-000000000001"}""", "userId")]
    public async Task Create_WithServerOwnedFields_IsRefusedNamingTheField(string path, string body, string field)
    {
        using var response = await Client.SendJsonAsync(HttpMethod.Post, path, body, null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(field));
    }

    [Test]
    public async Task Put_WithServerOwnedFieldsCopiedFromItsGet_IgnoresThem()
    {
        var leadId = await CreateLeadAsync();
        using var read = await Client.GetAsync(new Uri($"/api/v1/leads/{leadId}", UriKind.Relative));
        var body = (await read.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!;
        body["userId"] = Guid.CreateVersion7().ToString();
        body["openActionCount"] = 99;
        body["id"] = Guid.CreateVersion7().ToString();

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{leadId}", body.ToJsonString(), read.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var stored = await GetJsonAsync<DeliveryTracker.Contracts.Leads.LeadDto>($"/api/v1/leads/{leadId}");
        Assert.That((stored.Id, stored.UserId, stored.OpenActionCount), Is.EqualTo((leadId, (Guid?)null, 0)));
    }

    [TestCase("passwordHash", "\"AQAAAAIAAYagAAAAEFake\"")]
    [TestCase("lockoutEnd", "null")]
    [TestCase("securityStamp", "\"x\"")]
    [TestCase("emailConfirmed", "true")]
    public async Task CreateUser_WithIdentityFields_IsRefusedNamingTheField(string field, string value)
    {
        var body = $$"""{"email":"mass-{{Guid.NewGuid():N}}@tests.example","displayName":"M","password":"{{TestAccounts.Password}}","roles":["Viewer"],"{{field}}":{{value}}}""";

        using var response = await Administrator.SendJsonAsync(HttpMethod.Post, "/api/v1/users", body, null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(field));
    }

    [Test]
    public async Task CreateApiKey_WithItsOwnSecretOrHash_IsRefused()
    {
        var body = $$"""{"name":"mass-{{Guid.NewGuid():N}}","scopes":["plans:read"],"expiresAt":"{{DateTimeOffset.UtcNow.AddDays(3):O}}","key":"dtk_00000000_chosen"}""";

        using var response = await Administrator.SendJsonAsync(HttpMethod.Post, "/api/v1/api-keys", body, null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task NoResponseOrHistory_CarriesPasswordOrKeyMaterial()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Viewer]);
        var key = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        using var session = AnonymousClient();
        await TestAccounts.SignInAsync(session, user.Email);

        var bodies = new List<string>
        {
            await session.GetStringAsync(new Uri("/api/v1/auth/me", UriKind.Relative)),
            await Administrator.GetStringAsync(new Uri($"/api/v1/users/{user.Id}", UriKind.Relative)),
            await Administrator.GetStringAsync(new Uri("/api/v1/users?limit=200", UriKind.Relative)),
            await Administrator.GetStringAsync(new Uri($"/api/v1/api-keys/{key.ApiKey.Id}", UriKind.Relative)),
            await Administrator.GetStringAsync(new Uri("/api/v1/security-events?limit=200", UriKind.Relative)),
        };
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var audit = new NpgsqlCommand("SELECT coalesce(string_agg(coalesce(before::text, '') || coalesce(after::text, ''), ' '), '') FROM audit_entries WHERE entity_id IN (@user, @key)", connection);
        audit.Parameters.AddWithValue("user", user.Id);
        audit.Parameters.AddWithValue("key", key.ApiKey.Id);
        bodies.Add((string)(await audit.ExecuteScalarAsync())!);

        Assert.That(bodies[^1], Does.Contain(user.Email), "the user's creation is in the history");
        foreach (var body in bodies)
        {
            Assert.That(body, Does.Not.Contain(TestAccounts.Password).And.Not.Contain(key.Key).And.Not.Contain("PasswordHash").And.Not.Contain("AQAAAA")
                .And.Not.Contain("SecurityStamp").And.Not.Contain("\"hash\"").IgnoreCase);
        }
    }
}
