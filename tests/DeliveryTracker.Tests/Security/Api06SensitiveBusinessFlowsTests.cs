using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Security;

/// <summary>
/// OWASP API6:2023 Unrestricted Access to Sensitive Business Flows. The flows that matter here: taking over accounts
/// by guessing passwords (lockout per account on top of the per-address rate limit), raising one's own permissions,
/// and an administrator locking everyone out of administration.
/// </summary>
public sealed class Api06SensitiveBusinessFlowsTests : ApiFixture
{
    [Test]
    public async Task PasswordGuessing_AcrossManyAttempts_LocksTheAccount()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.ProgrammeManager]);
        using var attacker = AnonymousClient();
        foreach (var guess in new[] { "Summer2024!!", "Winter2024!!", "Council12345", "Kensington1!", "Qwerty123456", "Password1234" })
        {
            using (await attacker.PostAsJsonAsync(new Uri("/api/v1/auth/sign-in", UriKind.Relative), new SignInRequest(user.Email, guess), Json))
            {
            }
        }

        using var owner = AnonymousClient();
        using var response = await owner.PostAsJsonAsync(new Uri("/api/v1/auth/sign-in", UriKind.Relative), new SignInRequest(user.Email, TestAccounts.Password), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "locked for 15 minutes even for the right password");
    }

    [Test]
    public async Task SignedInUser_GivingThemselvesAdministrator_IsForbiddenAndTheirRolesStay()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.ProgrammeManager]);
        using var session = AnonymousClient();
        await TestAccounts.SignInAsync(session, user.Email);

        using var response = await session.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{user.Id}", new UpdateUserRequest("Me", [Role.Administrator], null, false), "\"1\"", Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var after = await Administrator.GetFromJsonAsync<UserDto>(new Uri($"/api/v1/users/{user.Id}", UriKind.Relative), Json);
        Assert.That(after!.Roles, Is.EqualTo(new[] { Role.ProgrammeManager }));
    }

    [Test]
    public async Task Administrator_DisablingTheOnlyAdministratorAccount_IsRefused()
    {
        var only = await TestAccounts.CreateUserAsync(Administrator, [Role.Administrator]);
        using var read = await Administrator.GetAsync(new Uri($"/api/v1/users/{only.Id}", UriKind.Relative));

        using var response = await Administrator.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{only.Id}", new UpdateUserRequest("Only", [Role.Administrator], null, true), read.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }
}
