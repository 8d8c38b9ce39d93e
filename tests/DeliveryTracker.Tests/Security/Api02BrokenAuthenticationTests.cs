using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.ApiKeys;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Security;

/// <summary>
/// OWASP API2:2023 Broken Authentication: forged, tampered, expired and revoked credentials of every kind are refused.
/// (Token and key details: SingleSignOnTests and ApiKeyTests; lockout: SignInTests.)
/// </summary>
public sealed class Api02BrokenAuthenticationTests : ApiFixture
{
    private async Task<HttpStatusCode> PlansStatusAsync(Action<HttpClient> credentials)
    {
        using var client = AnonymousClient();
        credentials(client);
        using var response = await client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));
        return response.StatusCode;
    }

    [Test]
    public async Task SessionCookie_Tampered_IsRefused()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Viewer]);
        using var signedIn = AnonymousClient();
        using var signIn = await signedIn.PostAsync(
            new Uri("/api/v1/auth/sign-in", UriKind.Relative),
            new StringContent($$"""{"email":"{{user.Email}}","password":"{{TestAccounts.Password}}"}""", System.Text.Encoding.UTF8, "application/json"));
        var cookie = TestAccounts.SetCookies(signIn).Single(c => c.StartsWith("DeliveryTracker.Session=", StringComparison.Ordinal)).Split(';')[0];
        var value = cookie["DeliveryTracker.Session=".Length..];
        var tampered = "DeliveryTracker.Session=" + value[..^4] + (value[^4..] == "AAAA" ? "BBBB" : "AAAA");

        var genuine = await PlansStatusAsync(c => c.DefaultRequestHeaders.Add("Cookie", cookie));
        var forged = await PlansStatusAsync(c => c.DefaultRequestHeaders.Add("Cookie", tampered));
        var made = await PlansStatusAsync(c => c.DefaultRequestHeaders.Add("Cookie", "DeliveryTracker.Session=made-up"));

        Assert.That((genuine, forged, made), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)));
    }

    [Test]
    public async Task BearerToken_Expired_IsRefused() =>
        Assert.That(
            await PlansStatusAsync(c => c.DefaultRequestHeaders.Add("Authorization", "Bearer " + TestTokens.For("x@tests.example", [Role.Viewer], expires: DateTime.UtcNow.AddMinutes(-6)))),
            Is.EqualTo(HttpStatusCode.Unauthorized));

    [TestCase("Bearer")]
    [TestCase("Bearer ")]
    [TestCase("ApiKey")]
    [TestCase("ApiKey ")]
    [TestCase("Basic YWRtaW5AZXhhbXBsZS5vcmc6cGFzc3dvcmQ=")]
    [TestCase("Digest username=\"admin\"")]
    public async Task AuthorizationHeader_Malformed_IsRefused(string header) =>
        Assert.That(await PlansStatusAsync(c => c.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header)), Is.EqualTo(HttpStatusCode.Unauthorized));

    [Test]
    public async Task ApiKey_RevokedOrExpiredOrMalformed_IsRefused()
    {
        var revoked = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        using (await Administrator.DeleteAsync(new Uri($"/api/v1/api-keys/{revoked.ApiKey.Id}", UriKind.Relative)))
        {
        }

        var statuses = new[]
        {
            await PlansStatusAsync(c => c.DefaultRequestHeaders.Add("X-Api-Key", revoked.Key)),
            await PlansStatusAsync(c => c.DefaultRequestHeaders.Add("X-Api-Key", revoked.Key[..^1])),
            await PlansStatusAsync(c => c.DefaultRequestHeaders.Add("X-Api-Key", revoked.Key + "x")),
            await PlansStatusAsync(c => c.DefaultRequestHeaders.Add("X-Api-Key", revoked.Key.ToUpperInvariant())),
        };

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task RejectedKey_IsInTheSecurityLog()
    {
        var key = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead);
        using (await Administrator.DeleteAsync(new Uri($"/api/v1/api-keys/{key.ApiKey.Id}", UriKind.Relative)))
        {
        }

        await PlansStatusAsync(c => c.DefaultRequestHeaders.Add("X-Api-Key", key.Key));

        var log = await Administrator.GetFromJsonAsync<Contracts.Common.Page<Contracts.Security.SecurityEventDto>>(
            new Uri($"/api/v1/security-events?kind=ApiKeyRejected&subject={Uri.EscapeDataString(key.ApiKey.Name)}", UriKind.Relative), Json);
        Assert.That(log!.Items.Single().Detail, Does.Contain("revoked"));
    }
}
