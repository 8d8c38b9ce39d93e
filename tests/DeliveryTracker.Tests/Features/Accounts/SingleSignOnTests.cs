using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace DeliveryTracker.Tests.Features.Accounts;

/// <summary>
/// Single sign-on bearer tokens (as from Microsoft Entra ID), signed by a key this test run creates: the API takes
/// roles from the token's roles claim and refuses tokens that are unsigned, signed by another key, expired, or for
/// another issuer or audience.
/// </summary>
public sealed class SingleSignOnTests : ApiFixture
{
    private async Task<HttpStatusCode> MeStatusAsync(string token)
    {
        using var client = ClientAs(token);
        using var response = await client.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative));
        return response.StatusCode;
    }

    [Test]
    public async Task ValidToken_RolesComeFromItsRolesClaim()
    {
        using var client = ClientAs(TestTokens.For("board.member@tests.example", [Role.BoardMember, Role.Viewer]));

        var me = (await client.GetFromJsonAsync<CurrentUserDto>(new Uri("/api/v1/auth/me", UriKind.Relative), Json))!;

        Assert.That((me.Email, me.AuthenticationMethod, me.Id), Is.EqualTo(("board.member@tests.example", "bearer", (Guid?)null)));
        Assert.That(me.Roles, Is.EquivalentTo(new[] { Role.BoardMember, Role.Viewer }));
    }

    [Test]
    public async Task ValidToken_ForAnEmailWithAnAccount_IsLinkedToThatAccountAndItsLead()
    {
        var leadId = await CreateLeadAsync();
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Lead], leadId);
        using var client = ClientAs(TestTokens.For(user.Email, [Role.Lead]));

        var me = (await client.GetFromJsonAsync<CurrentUserDto>(new Uri("/api/v1/auth/me", UriKind.Relative), Json))!;

        Assert.That((me.Id, me.LeadId), Is.EqualTo(((Guid?)user.Id, (Guid?)leadId)));
    }

    [Test]
    public async Task Token_WithRolesThisServiceDoesNotKnow_GetsNoRoles()
    {
        using var client = ClientAs(TestTokens.For("odd@tests.example", [], rawRoles: ["Owner", "GlobalAdmin", "administrator ", "0", "4"]));

        using var me = await client.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative));
        using var plans = await client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        Assert.That((me.StatusCode, plans.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
    }

    [Test]
    public async Task Token_SignedByAnotherKey_IsRefused()
    {
        using var otherKey = RSA.Create(2048);
        var token = TestTokens.For("mallory@tests.example", [Role.Administrator], signingKey: new RsaSecurityKey(otherKey) { KeyId = "test-key" });

        Assert.That(await MeStatusAsync(token), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Token_Expired_IsRefused() =>
        Assert.That(await MeStatusAsync(TestTokens.For("late@tests.example", [Role.Viewer], expires: DateTime.UtcNow.AddMinutes(-10))), Is.EqualTo(HttpStatusCode.Unauthorized));

    [Test]
    public async Task Token_ForAnotherIssuer_IsRefused() =>
        Assert.That(await MeStatusAsync(TestTokens.For("x@tests.example", [Role.Viewer], issuer: "https://login.evil.invalid/v2.0")), Is.EqualTo(HttpStatusCode.Unauthorized));

    [Test]
    public async Task Token_ForAnotherAudience_IsRefused() =>
        Assert.That(await MeStatusAsync(TestTokens.For("x@tests.example", [Role.Viewer], audience: "api://someone-else")), Is.EqualTo(HttpStatusCode.Unauthorized));

    [Test]
    public async Task Token_Unsigned_IsRefused()
    {
        // alg "none": the header and payload of a real token, no signature.
        var signed = TestTokens.For("x@tests.example", [Role.Administrator]);
        var payload = signed.Split('.')[1];
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");

        Assert.That(await MeStatusAsync($"{header}.{payload}."), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Token_Garbage_IsRefused() =>
        Assert.That(await MeStatusAsync("not.a.token"), Is.EqualTo(HttpStatusCode.Unauthorized));

}
