using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Security;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Accounts;

/// <summary>
/// Administrators changing administrators through the users page: another one's roles and access can change, their
/// own Administrator role and access cannot. A class of its own because it adds administrators, which the last-administrator
/// test in <see cref="UserEndpointsTests"/> must not see.
/// </summary>
public sealed class AdministratorChangesTests : ApiFixture
{
    private async Task<(UserDto User, string ETag)> GetUserAsync(Guid id)
    {
        using var response = await Administrator.GetAsync(new Uri($"/api/v1/users/{id}", UriKind.Relative));
        return ((await response.Content.ReadFromJsonAsync<UserDto>(Json))!, response.ETag());
    }

    [Test]
    public async Task UpdateUser_AdministratorDisablingThemselves_ReturnsConflictSayingWhyAndChangesNothing()
    {
        // Another enabled administrator exists, so only the rule about oneself can refuse this.
        await TestAccounts.CreateUserAsync(Administrator, [Role.Administrator]);
        var self = await TestAccounts.CreateUserAsync(Administrator, [Role.Administrator]);
        using var session = AnonymousClient();
        await TestAccounts.SignInAsync(session, self.Email);
        using var read = await session.GetAsync(new Uri($"/api/v1/users/{self.Id}", UriKind.Relative));

        using var disable = await session.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{self.Id}", new UpdateUserRequest("Test user", [Role.Administrator], null, Disabled: true), read.ETag(), Json);
        using var patch = await session.SendMergePatchAsync($"/api/v1/users/{self.Id}", """{"disabled":true}""", read.ETag());

        Assert.That((disable.StatusCode, patch.StatusCode), Is.EqualTo((HttpStatusCode.Conflict, HttpStatusCode.Conflict)));
        Assert.That((await disable.ProblemAsync()).GetProperty("detail").GetString(), Does.Contain("cannot disable your own account"));
        Assert.That((await GetUserAsync(self.Id)).User.Disabled, Is.False);
    }

    [Test]
    public async Task UpdateUser_AdministratorRemovingTheirOwnAdministratorRole_ReturnsConflictSayingWhyAndChangesNothing()
    {
        await TestAccounts.CreateUserAsync(Administrator, [Role.Administrator]);
        var self = await TestAccounts.CreateUserAsync(Administrator, [Role.Administrator, Role.Viewer]);
        using var session = AnonymousClient();
        await TestAccounts.SignInAsync(session, self.Email);
        using var read = await session.GetAsync(new Uri($"/api/v1/users/{self.Id}", UriKind.Relative));

        using var demote = await session.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{self.Id}", new UpdateUserRequest("Test user", [Role.Viewer], null, false), read.ETag(), Json);
        using var rename = await session.SendMergePatchAsync($"/api/v1/users/{self.Id}", """{"displayName":"Still in charge"}""", read.ETag());

        Assert.That(demote.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await demote.ProblemAsync()).GetProperty("detail").GetString(), Does.Contain("cannot remove your own Administrator role"));
        Assert.That(rename.StatusCode, Is.EqualTo(HttpStatusCode.OK), "other changes to oneself are allowed: " + await rename.Content.ReadAsStringAsync());
        var stored = (await GetUserAsync(self.Id)).User;
        Assert.That((stored.DisplayName, stored.Roles), Is.EqualTo(("Still in charge", new[] { Role.Administrator, Role.Viewer })));
    }

    [Test]
    public async Task PatchUser_AnotherAdministratorsRolesAndDisabled_ChangesBothAndLogsThem()
    {
        await TestAccounts.CreateUserAsync(Administrator, [Role.Administrator]);
        var self = await TestAccounts.CreateUserAsync(Administrator, [Role.Administrator]);
        var other = await TestAccounts.CreateUserAsync(Administrator, [Role.Administrator]);
        using var session = AnonymousClient();
        await TestAccounts.SignInAsync(session, self.Email);
        var (_, etag) = await GetUserAsync(other.Id);

        using var response = await session.SendMergePatchAsync($"/api/v1/users/{other.Id}", """{"roles":["Viewer"],"disabled":true}""", etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var stored = (await GetUserAsync(other.Id)).User;
        Assert.That((stored.Roles, stored.Disabled), Is.EqualTo((new[] { Role.Viewer }, true)));
        var log = await Administrator.GetFromJsonAsync<Page<SecurityEventDto>>(new Uri($"/api/v1/security-events?subject={Uri.EscapeDataString(other.Email)}&limit=200", UriKind.Relative), Json);
        Assert.That(log!.Items.Select(e => e.Kind), Does.Contain(SecurityEventKind.RolesChanged).And.Contain(SecurityEventKind.UserDisabled));
    }
}
