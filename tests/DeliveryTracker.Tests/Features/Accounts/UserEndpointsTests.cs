using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Leads;
using DeliveryTracker.Contracts.Security;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Accounts;

/// <summary>Administrators manage users: creation with the password policy, role changes (logged), leads, the last administrator.</summary>
public sealed class UserEndpointsTests : ApiFixture
{

    private async Task<(UserDto User, string ETag)> GetUserAsync(Guid id)
    {
        using var response = await Administrator.GetAsync(new Uri($"/api/v1/users/{id}", UriKind.Relative));
        return ((await response.Content.ReadFromJsonAsync<UserDto>(Json))!, response.ETag());
    }

    [TestCase("short", TestName = "CreateUser_TooShortPassword_ReturnsValidationProblemNamingPassword")]
    [TestCase("my-password-is-long", TestName = "CreateUser_CommonWordPassword_ReturnsValidationProblemNamingPassword")]
    [TestCase("aaaaaaaaaaaaaaaa", TestName = "CreateUser_RepetitivePassword_ReturnsValidationProblemNamingPassword")]
    public async Task CreateUser_WeakPassword_ReturnsValidationProblemNamingPasswordAndCreatesNothing(string password)
    {
        var email = $"weak-{Guid.NewGuid():N}@tests.example";

        using var response = await Administrator.PostAsJsonAsync(new Uri("/api/v1/users", UriKind.Relative), new CreateUserRequest(email, "Weak", password, [Role.Viewer]), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("password", out _), Is.True);
        var users = await Administrator.GetFromJsonAsync<Page<UserDto>>(new Uri("/api/v1/users?limit=200", UriKind.Relative), Json);
        Assert.That(users!.Items.Select(u => u.Email), Does.Not.Contain(email));
    }

    [Test]
    public async Task CreateUser_SameEmailTwice_ReturnsConflict()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Viewer]);

        using var response = await Administrator.PostAsJsonAsync(new Uri("/api/v1/users", UriKind.Relative), new CreateUserRequest(user.Email.ToUpperInvariant(), "Again", TestAccounts.Password, [Role.Viewer]), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task CreateUser_LeadWithoutALead_ReturnsValidationProblemNamingLeadId()
    {
        using var response = await Administrator.PostAsJsonAsync(
            new Uri("/api/v1/users", UriKind.Relative), new CreateUserRequest($"lead-{Guid.NewGuid():N}@tests.example", "Lead", TestAccounts.Password, [Role.Lead]), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("leadId", out _), Is.True);
    }

    [Test]
    public async Task CreateUser_ForALeadThatHasAUser_ReturnsConflict()
    {
        var leadId = await CreateLeadAsync();
        await TestAccounts.CreateUserAsync(Administrator, [Role.Lead], leadId);

        using var response = await Administrator.PostAsJsonAsync(
            new Uri("/api/v1/users", UriKind.Relative), new CreateUserRequest($"second-{Guid.NewGuid():N}@tests.example", "Second", TestAccounts.Password, [Role.Lead], leadId), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task UpdateUser_ChangesRoles_LogsBeforeAndAfterAndTheUsersNextSignInHasThem()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Viewer]);
        var (_, etag) = await GetUserAsync(user.Id);

        using var response = await Administrator.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{user.Id}", new UpdateUserRequest("Renamed", [Role.BoardMember, Role.Viewer], null, false), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = (await response.Content.ReadFromJsonAsync<UserDto>(Json))!;
        Assert.That((updated.DisplayName, updated.Roles.Count), Is.EqualTo(("Renamed", 2)));
        var log = await Administrator.GetFromJsonAsync<Page<SecurityEventDto>>(new Uri($"/api/v1/security-events?kind=RolesChanged&subject={Uri.EscapeDataString(user.Email)}", UriKind.Relative), Json);
        Assert.That(log!.Items.Single().Detail, Is.EqualTo("Viewer → BoardMember, Viewer"));
        using var client = AnonymousClient();
        var me = await TestAccounts.SignInAsync(client, user.Email);
        Assert.That(me.Roles, Is.EquivalentTo(new[] { Role.BoardMember, Role.Viewer }));
    }

    [Test]
    public async Task UpdateUser_StaleETag_ReturnsPreconditionFailed()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Viewer]);
        var (_, etag) = await GetUserAsync(user.Id);
        using var first = await Administrator.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{user.Id}", new UpdateUserRequest("One", [Role.Viewer], null, false), etag, Json);

        using var second = await Administrator.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{user.Id}", new UpdateUserRequest("Two", [Role.Viewer], null, false), etag, Json);

        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.PreconditionFailed)));
    }

    [Test]
    public async Task UpdateUser_TheLastEnabledAdministratorLosingTheRole_ReturnsConflict()
    {
        // Only administrators with accounts count; this fixture's database has none until this one.
        var admin = await TestAccounts.CreateUserAsync(Administrator, [Role.Administrator]);
        var (_, etag) = await GetUserAsync(admin.Id);

        using var demote = await Administrator.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{admin.Id}", new UpdateUserRequest("Admin", [Role.Viewer], null, false), etag, Json);
        using var disable = await Administrator.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{admin.Id}", new UpdateUserRequest("Admin", [Role.Administrator], null, true), etag, Json);
        using var patchDisable = await Administrator.SendMergePatchAsync($"/api/v1/users/{admin.Id}", """{"disabled":true}""", etag);

        Assert.That((demote.StatusCode, disable.StatusCode, patchDisable.StatusCode), Is.EqualTo((HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict)));
        Assert.That((await patchDisable.ProblemAsync()).GetProperty("detail").GetString(), Does.Contain("last enabled administrator"));
        var stored = (await GetUserAsync(admin.Id)).User;
        Assert.That((stored.Roles, stored.Disabled), Is.EqualTo((new[] { Role.Administrator }, false)));
    }

    [Test]
    public async Task GetUser_NeverCarriesPasswordMaterial()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Viewer]);

        using var one = await Administrator.GetAsync(new Uri($"/api/v1/users/{user.Id}", UriKind.Relative));
        using var all = await Administrator.GetAsync(new Uri("/api/v1/users?limit=200", UriKind.Relative));

        foreach (var body in new[] { await one.Content.ReadAsStringAsync(), await all.Content.ReadAsStringAsync() })
        {
            Assert.That(body, Does.Not.Contain("password").IgnoreCase.And.Not.Contain("hash").IgnoreCase.And.Not.Contain("stamp").IgnoreCase.And.Not.Contain("AQAAAA"));
        }
    }
}
