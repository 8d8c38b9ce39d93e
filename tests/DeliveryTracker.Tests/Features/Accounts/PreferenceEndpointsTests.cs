using System.Net;
using System.Net.Http.Json;
using System.Text;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Accounts;

/// <summary>Each signed-in user reads and sets their own email-reminders preference; the change is audited.</summary>
public sealed class PreferenceEndpointsTests : ApiFixture
{
    [Test]
    public async Task GetMyPreferences_ForANewUser_EmailsReminders()
    {
        var (client, _) = await NewUserAsync();

        var preferences = await client.GetFromJsonAsync<PreferencesDto>(new Uri("/api/v1/me/preferences", UriKind.Relative), Json);

        Assert.That(preferences!.EmailReminders, Is.True);
    }

    [Test]
    public async Task SetMyPreferences_Off_IsKeptAndAuditedAndLeavesOthersAlone()
    {
        var (client, user) = await NewUserAsync();
        var (other, _) = await NewUserAsync();

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/me/preferences", UriKind.Relative), new PreferencesRequest(EmailReminders: false), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.Content.ReadFromJsonAsync<PreferencesDto>(Json))!.EmailReminders, Is.False);
        Assert.That((await client.GetFromJsonAsync<PreferencesDto>(new Uri("/api/v1/me/preferences", UriKind.Relative), Json))!.EmailReminders, Is.False);
        Assert.That((await other.GetFromJsonAsync<PreferencesDto>(new Uri("/api/v1/me/preferences", UriKind.Relative), Json))!.EmailReminders, Is.True);
        var audited = await TestRows.ExecuteAsync(
            ConnectionString,
            "UPDATE audit_entries SET actor = actor WHERE entity_id = @id AND entity_type = 'TrackerUser' AND after ->> 'EmailReminders' = 'false'",
            ("id", user.Id));
        Assert.That(audited, Is.EqualTo(1), "one audit entry records the change");
    }

    [Test]
    public async Task SetMyPreferences_WithoutEmailReminders_ReturnsValidationProblemNamingIt()
    {
        var (client, _) = await NewUserAsync();
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/v1/me/preferences", UriKind.Relative), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Does.Contain("emailReminders"));
    }

    [Test]
    public async Task MyPreferences_ForASingleSignOnUserWithoutAnAccount_ReturnNotFound()
    {
        using var read = await Client.GetAsync(new Uri("/api/v1/me/preferences", UriKind.Relative));
        using var write = await Client.PostAsJsonAsync(new Uri("/api/v1/me/preferences", UriKind.Relative), new PreferencesRequest(false), Json);

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(write.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<(HttpClient Client, UserDto User)> NewUserAsync()
    {
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.BoardMember]);
        return (ClientAs(TestTokens.For(user.Email, [Role.BoardMember])), user);
    }
}
