using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Security;

/// <summary>
/// OWASP API10:2023 Unsafe Consumption of APIs: what arrives from upstream systems is validated, never trusted. The
/// upstream systems today are the identity provider (its tokens and their claims) and the API key holders' feeds
/// (pushed measurements); the plan import will add imported files.
/// </summary>
public sealed class Api10UnsafeConsumptionTests : ApiFixture
{
    /// <summary>The huge-claim token is far larger than the default 32 KiB of headers, which would refuse it with 431.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Limits:MaxRequestHeaderBytes"] = "1048576" };

    [Test]
    public async Task ProviderToken_ClaimingAnAccountIdOrLead_IsNotBelieved()
    {
        // The link to an account (and so to a lead) comes from the account here with the token's email, never from a claim.
        var leadId = (await GetJsonAsync<Contracts.Common.Page<Contracts.Leads.LeadDto>>("/api/v1/leads?limit=1")).Items[0].Id;
        var leadUser = await TestAccounts.CreateUserAsync(Administrator, [Role.Lead], leadId);
        var token = TestTokens.For("outsider@tests.example", [Role.Lead], extraClaims: new Dictionary<string, object>
        {
            ["nameid"] = leadUser.Id.ToString(),
            ["http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier"] = leadUser.Id.ToString(),
            ["lead_id"] = leadId.ToString(),
        });
        var client = ClientAs(token);

        var me = await client.GetFromJsonAsync<CurrentUserDto>(new Uri("/api/v1/auth/me", UriKind.Relative), Json);

        Assert.That((me!.Id, me.LeadId), Is.EqualTo(((Guid?)null, (Guid?)null)));
    }

    [Test]
    public async Task ProviderToken_WithAHugeRolesClaim_IsHandledAndGrantsOnlyKnownRoles()
    {
        var roles = Enumerable.Range(0, 5000).Select(i => $"role-{i}").Append("Viewer");
        var client = ClientAs(TestTokens.For("many@tests.example", [], rawRoles: roles));

        var me = await client.GetFromJsonAsync<CurrentUserDto>(new Uri("/api/v1/auth/me", UriKind.Relative), Json);

        Assert.That(me!.Roles, Is.EqualTo(new[] { Role.Viewer }));
    }

    [TestCase("""{"periodLabel":"2030-01","periodStart":"2030-01-01","periodEnd":"2030-01-31","value":"1e400"}""")]
    [TestCase("""{"periodLabel":"2030-01","periodStart":"2030-01-31","periodEnd":"2030-01-01","value":1}""")]
    [TestCase("""{"periodLabel":"<script>alert(1)</script>","periodStart":"2030-01-01","periodEnd":"2030-01-31","value":1,"source":{"$ne":null}}""")]
    [TestCase("""{"periodLabel":"2030-01","periodStart":"2030-01-01","periodEnd":"2030-01-31","value":1,"kpiId":"00000000-0000-0000-0000-000000000000"}""")]
    public async Task FeedPushingAMalformedMeasurement_IsRefusedAndNothingIsStored(string body)
    {
        var kpiId = (await GetJsonAsync<Contracts.Common.Page<Contracts.Kpis.KpiSummaryDto>>("/api/v1/kpis?limit=1")).Items[0].Id;
        var before = (await GetJsonAsync<Contracts.Common.Page<Contracts.Kpis.KpiMeasurementDto>>($"/api/v1/kpis/{kpiId}/measurements?limit=200")).Items.Count;
        var key = await TestAccounts.CreateApiKeyAsync(Administrator, Contracts.ApiKeys.ApiKeyScope.KpisWrite);
        var feed = KeyClient(key.Key);

        using var response = await feed.SendJsonAsync(HttpMethod.Post, $"/api/v1/kpis/{kpiId}/measurements", body, null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        var after = (await GetJsonAsync<Contracts.Common.Page<Contracts.Kpis.KpiMeasurementDto>>($"/api/v1/kpis/{kpiId}/measurements?limit=200")).Items.Count;
        Assert.That(after, Is.EqualTo(before));
    }
}
