using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Security;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Accounts;

/// <summary>Sign-in with the session cookie: cookie flags, CSRF, lockout, sign-out, and the security log.</summary>
public sealed class SignInTests : ApiFixture
{
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await client.PostAsJsonAsync(new Uri("/api/v1/auth/sign-in", UriKind.Relative), new SignInRequest(email, password), Json);

    private async Task<IReadOnlyList<SecurityEventDto>> SecurityEventsAsync(string subject)
    {
        using var response = await Administrator.GetAsync(new Uri($"/api/v1/security-events?subject={Uri.EscapeDataString(subject)}", UriKind.Relative));
        return (await response.Content.ReadFromJsonAsync<Page<SecurityEventDto>>(Json))!.Items;
    }

    [Test]
    public async Task SignIn_WithTheRightPassword_SetsAStrictHttpOnlySecureSessionCookieAndAReadableXsrfCookie()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Viewer]);
        using var client = AnonymousClient();

        using var response = await SignInAsync(client, user.Email, TestAccounts.Password);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var me = (await response.Content.ReadFromJsonAsync<CurrentUserDto>(Json))!;
        var cookies = TestAccounts.SetCookies(response).ToList();
        var session = cookies.Single(c => c.StartsWith("DeliveryTracker.Session=", StringComparison.Ordinal)).ToLowerInvariant();
        var xsrf = cookies.Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Multiple(() =>
        {
            Assert.That((me.Id, me.Email, me.AuthenticationMethod), Is.EqualTo(((Guid?)user.Id, user.Email, "cookie")));
            Assert.That(me.Roles, Is.EqualTo(new[] { Role.Viewer }));
            Assert.That(session, Does.Contain("httponly").And.Contain("samesite=strict").And.Contain("secure"));
            Assert.That(xsrf, Does.Not.Contain("httponly").And.Contain("samesite=strict"), "the SPA must be able to read the token");
        });
    }

    [Test]
    public async Task SignedIn_Me_ReturnsTheUserAndTheirLead()
    {
        var leadId = await CreateLeadAsync();
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Lead], leadId);
        using var client = AnonymousClient();
        await TestAccounts.SignInAsync(client, user.Email);

        var me = (await client.GetFromJsonAsync<CurrentUserDto>(new Uri("/api/v1/auth/me", UriKind.Relative), Json))!;

        Assert.That((me.Id, me.LeadId, me.Roles.Single()), Is.EqualTo(((Guid?)user.Id, (Guid?)leadId, Role.Lead)));
    }

    [Test]
    public async Task NotSignedIn_Me_ReturnsUnauthorizedProblem()
    {
        using var client = AnonymousClient();

        using var response = await client.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await response.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo(401));
    }

    [Test]
    public async Task CookieSession_UnsafeRequestWithoutTheXsrfHeader_IsForbiddenAndChangesNothing()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.ProgrammeManager]);
        using var client = AnonymousClient();
        await TestAccounts.SignInAsync(client, user.Email);
        client.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        var title = $"CSRF {Guid.NewGuid():N}";

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/plans", UriKind.Relative), NewPlan(title), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await response.ProblemAsync()).GetProperty("detail").GetString(), Does.Contain("X-XSRF-TOKEN"));
        var plans = await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans?limit=200");
        Assert.That(plans.Items.Select(p => p.Title), Does.Not.Contain(title));
    }

    [Test]
    public async Task CookieSession_WithTheXsrfHeader_CanWrite()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.ProgrammeManager]);
        using var client = AnonymousClient();
        await TestAccounts.SignInAsync(client, user.Email);

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/plans", UriKind.Relative), NewPlan($"Cookie plan {Guid.NewGuid():N}"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task CookieSession_AnotherSessionsXsrfToken_IsForbidden()
    {
        var first = await TestAccounts.CreateUserAsync(Administrator, [Role.ProgrammeManager]);
        var second = await TestAccounts.CreateUserAsync(Administrator, [Role.ProgrammeManager]);
        using var firstClient = AnonymousClient();
        using var secondClient = AnonymousClient();
        await TestAccounts.SignInAsync(firstClient, first.Email);
        await TestAccounts.SignInAsync(secondClient, second.Email);
        var secondToken = secondClient.DefaultRequestHeaders.GetValues("X-XSRF-TOKEN").Single();
        firstClient.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        firstClient.DefaultRequestHeaders.Add("X-XSRF-TOKEN", secondToken);

        using var response = await firstClient.PostAsJsonAsync(new Uri("/api/v1/plans", UriKind.Relative), NewPlan($"Cross {Guid.NewGuid():N}"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task SignOut_EndsTheSession()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Viewer]);
        using var client = AnonymousClient();
        await TestAccounts.SignInAsync(client, user.Email);

        using var signOut = await client.PostAsync(new Uri("/api/v1/auth/sign-out", UriKind.Relative), content: null);
        using var after = await client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        Assert.That((signOut.StatusCode, after.StatusCode), Is.EqualTo((HttpStatusCode.NoContent, HttpStatusCode.Unauthorized)));
        Assert.That((await SecurityEventsAsync(user.Email)).Select(e => e.Kind), Is.SupersetOf(new[] { SecurityEventKind.SignedIn, SecurityEventKind.SignedOut }));
    }

    [Test]
    public async Task SignIn_WrongPasswordAndUnknownEmail_GetTheSameProblem()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Viewer]);
        using var client = AnonymousClient();

        using var wrongPassword = await SignInAsync(client, user.Email, "not-the-password-at-all");
        using var unknownEmail = await SignInAsync(client, $"nobody-{Guid.NewGuid():N}@tests.example", "not-the-password-at-all");

        Assert.That((wrongPassword.StatusCode, unknownEmail.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)));
        var (first, second) = (await wrongPassword.ProblemAsync(), await unknownEmail.ProblemAsync());
        Assert.That(first.GetProperty("detail").GetString(), Is.EqualTo(second.GetProperty("detail").GetString()));
        Assert.That(TestAccounts.SetCookies(wrongPassword).Where(c => c.StartsWith("DeliveryTracker.Session=", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenAgainstTheRightOne()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Viewer]);
        using var client = AnonymousClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await SignInAsync(client, user.Email, $"wrong-password-{attempt}-xx");
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        using var right = await SignInAsync(client, user.Email, TestAccounts.Password);

        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var log = await SecurityEventsAsync(user.Email);
        // Four failures, the fifth locks the account, and the right password is then refused as locked out.
        Assert.That(log.Count(e => e.Kind == SecurityEventKind.SignInFailed), Is.EqualTo(4));
        Assert.That(log.Count(e => e.Kind == SecurityEventKind.LockedOut), Is.EqualTo(2));
        var account = await Administrator.GetFromJsonAsync<UserDto>(new Uri($"/api/v1/users/{user.Id}", UriKind.Relative), Json);
        Assert.That(account!.LockedOutUntil, Is.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(10)));
    }

    [Test]
    public async Task SignIn_DisabledUser_IsRefusedAndLogged()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Viewer]);
        using var session = AnonymousClient();
        await TestAccounts.SignInAsync(session, user.Email);
        using var read = await Administrator.GetAsync(new Uri($"/api/v1/users/{user.Id}", UriKind.Relative));
        using var disable = await Administrator.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{user.Id}", new UpdateUserRequest("Test user", [Role.Viewer], null, Disabled: true), read.ETag(), Json);
        Assert.That(disable.StatusCode, Is.EqualTo(HttpStatusCode.OK), await disable.Content.ReadAsStringAsync());
        using var client = AnonymousClient();

        using var signIn = await SignInAsync(client, user.Email, TestAccounts.Password);

        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await SecurityEventsAsync(user.Email)).Select(e => e.Kind), Does.Contain(SecurityEventKind.UserDisabled));
    }

    [Test]
    public async Task SignIn_EmptyFields_ReturnsValidationProblemNamingThem()
    {
        using var client = AnonymousClient();

        using var response = await SignInAsync(client, "", "");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        var messages = errors.EnumerateObject().ToDictionary(e => e.Name.ToLowerInvariant(), e => e.Value[0].GetString());
        Assert.That(messages["email"], Is.EqualTo("Enter your email address"));
        Assert.That(messages["password"], Is.EqualTo("Enter your password"));
    }

    private static PlanRequest NewPlan(string title) => new(title, new DateOnly(2024, 4, 1), new DateOnly(2027, 3, 31));

}
