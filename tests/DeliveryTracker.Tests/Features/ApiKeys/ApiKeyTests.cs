using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.ApiKeys;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Kpis;
using DeliveryTracker.Contracts.Security;
using DeliveryTracker.Tests.Infrastructure;
using Npgsql;

namespace DeliveryTracker.Tests.Features.ApiKeys;

/// <summary>API keys: shown once, stored hashed, sent in a header (never the query string), scoped, revocable, expiring, their use recorded.</summary>
public sealed class ApiKeyTests : ApiFixture
{
    private HttpClient KeyClient(string key, bool asAuthorizationHeader)
    {
        if (!asAuthorizationHeader)
        {
            return KeyClient(key);
        }

        var client = AnonymousClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"ApiKey {key}");
        return client;
    }

    private async Task<Guid> DemoKpiIdAsync() => (await GetJsonAsync<Page<KpiSummaryDto>>("/api/v1/kpis?limit=1")).Items[0].Id;

    [Test]
    public async Task CreateApiKey_ReturnsTheKeyOnceAndStoresOnlyItsHash()
    {
        var created = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);

        using var listed = await Administrator.GetAsync(new Uri("/api/v1/api-keys?limit=200", UriKind.Relative));
        var listing = await listed.Content.ReadAsStringAsync();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT hash, prefix FROM api_keys WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", created.ApiKey.Id);
        await using var row = await command.ExecuteReaderAsync();
        await row.ReadAsync();
        var (hash, prefix) = ((byte[])row[0], row.GetString(1));
        Assert.Multiple(() =>
        {
            Assert.That(created.Key, Does.StartWith(created.ApiKey.Prefix + "_").And.Length.EqualTo(56));
            Assert.That(listing, Does.Contain(created.ApiKey.Id.ToString()).And.Not.Contain(created.Key).And.Not.Contain("hash").IgnoreCase);
            Assert.That(hash, Is.EqualTo(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(created.Key))));
            Assert.That(prefix, Is.EqualTo(created.ApiKey.Prefix));
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Key_InEitherHeader_ReadsWithinItsScope(bool asAuthorizationHeader)
    {
        var created = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        using var client = KeyClient(created.Key, asAuthorizationHeader);

        using var response = await client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Key_InTheQueryString_IsNotAccepted()
    {
        var created = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        using var client = AnonymousClient();

        using var apiKey = await client.GetAsync(new Uri($"/api/v1/plans?apiKey={created.Key}", UriKind.Relative));
        using var apiKeyUnderscore = await client.GetAsync(new Uri($"/api/v1/plans?api_key={created.Key}", UriKind.Relative));

        Assert.That((apiKey.StatusCode, apiKeyUnderscore.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)));
    }

    [Test]
    public async Task Key_OutsideItsScope_IsForbidden()
    {
        var created = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        using var client = KeyClient(created.Key);

        using var kpis = await client.GetAsync(new Uri("/api/v1/kpis", UriKind.Relative));
        using var write = await client.PostAsJsonAsync(new Uri("/api/v1/leads", UriKind.Relative), new { name = "Key lead", kind = "Person" });
        using var me = await client.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative));

        Assert.That((kpis.StatusCode, write.StatusCode, me.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
    }

    [Test]
    public async Task Key_WithKpisWrite_PushesAMeasurement()
    {
        var created = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.KpisRead, ApiKeyScope.KpisWrite);
        using var client = KeyClient(created.Key);
        var kpiId = await DemoKpiIdAsync();

        using var response = await client.PostAsJsonAsync(
            new Uri($"/api/v1/kpis/{kpiId}/measurements", UriKind.Relative),
            new CreateKpiMeasurementRequest($"Feed {Guid.NewGuid():N}"[..20], new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 31), 42m, "Nightly feed"),
            Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var measurement = (await response.Content.ReadFromJsonAsync<KpiMeasurementDto>(Json))!;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var audit = new NpgsqlCommand("SELECT actor FROM audit_entries WHERE entity_id = @id", connection);
        audit.Parameters.AddWithValue("id", measurement.Id);
        Assert.That(measurement.Value, Is.EqualTo(42m));
        Assert.That(await audit.ExecuteScalarAsync(), Is.EqualTo($"api-key:{created.ApiKey.Name}"), "the change is audited as the key's");
    }

    [Test]
    public async Task Key_Revoked_IsRefusedWithAProblemSayingSo()
    {
        var created = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        using var client = KeyClient(created.Key);
        using var before = await client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        using var revoke = await Administrator.DeleteAsync(new Uri($"/api/v1/api-keys/{created.ApiKey.Id}", UriKind.Relative));
        using var after = await client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        Assert.That((before.StatusCode, revoke.StatusCode, after.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.Unauthorized)));
        Assert.That((await after.ProblemAsync()).GetProperty("detail").GetString(), Does.Contain("revoked"));
        var record = await Administrator.GetFromJsonAsync<ApiKeyDto>(new Uri($"/api/v1/api-keys/{created.ApiKey.Id}", UriKind.Relative), Json);
        Assert.That(record!.RevokedAt, Is.Not.Null);
    }

    [Test]
    public async Task Key_Expired_IsRefusedWithAProblemSayingSo()
    {
        var created = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var expire = new NpgsqlCommand("UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE id = @id", connection);
            expire.Parameters.AddWithValue("id", created.ApiKey.Id);
            await expire.ExecuteNonQueryAsync();
        }

        using var client = KeyClient(created.Key);
        using var response = await client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await response.ProblemAsync()).GetProperty("detail").GetString(), Does.Contain("expired"));
    }

    [TestCase("dtk_00000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("not-a-key")]
    [TestCase("")]
    [TestCase("dtk_zzzzzzzz_' OR 1=1 --AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Key_UnknownOrMalformed_IsRefused(string key)
    {
        var client = KeyClient(key);

        using var response = await client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Key_AnotherKeysSecretWithThisPrefix_IsRefused()
    {
        var first = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        var second = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        var forged = first.ApiKey.Prefix + second.Key[first.ApiKey.Prefix.Length..];
        using var client = KeyClient(forged);

        using var response = await client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Key_Used_RecordsLastUseAndLogsCreationAndUse()
    {
        var created = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        using var client = KeyClient(created.Key);

        using var first = await client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        var record = await Administrator.GetFromJsonAsync<ApiKeyDto>(new Uri($"/api/v1/api-keys/{created.ApiKey.Id}", UriKind.Relative), Json);
        Assert.That(record!.LastUsedAt, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
        var log = await Administrator.GetFromJsonAsync<Page<SecurityEventDto>>(new Uri($"/api/v1/security-events?subject={Uri.EscapeDataString(created.ApiKey.Name)}", UriKind.Relative), Json);
        Assert.That(log!.Items.Select(e => e.Kind), Is.EquivalentTo(new[] { SecurityEventKind.ApiKeyCreated, SecurityEventKind.ApiKeyUsed }), "a use is logged once a minute, not per request");
    }

    [TestCase(-1)]
    [TestCase(800)]
    public async Task CreateApiKey_ExpiryInThePastOrTooFar_ReturnsValidationProblem(int days)
    {
        using var response = await Administrator.PostAsJsonAsync(
            new Uri("/api/v1/api-keys", UriKind.Relative), new CreateApiKeyRequest($"Bad expiry {Guid.NewGuid():N}", [ApiKeyScope.PlansRead], DateTimeOffset.UtcNow.AddDays(days)), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("expiresAt", out _), Is.True);
    }

    [Test]
    public async Task CreateApiKey_UnknownScope_ReturnsProblemNamingIt()
    {
        using var response = await Administrator.SendJsonAsync(
            HttpMethod.Post, "/api/v1/api-keys", $$"""{"name":"x{{Guid.NewGuid():N}}","scopes":["plans:write"],"expiresAt":"{{DateTimeOffset.UtcNow.AddDays(5):O}}"}""", null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("scopes"));
    }

    [Test]
    public async Task CreateApiKey_ScopesAreWrittenAsTheirWireNames()
    {
        var created = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.KpisWrite, ApiKeyScope.ReportsRead);

        using var response = await Administrator.GetAsync(new Uri($"/api/v1/api-keys/{created.ApiKey.Id}", UriKind.Relative));

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"kpis:write\"").And.Contain("\"reports:read\""));
    }
}
