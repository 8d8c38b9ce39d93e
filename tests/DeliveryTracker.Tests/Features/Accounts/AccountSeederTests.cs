using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Accounts;

/// <summary>The first administrator comes from configuration; demo users (one per role) when asked for, with DEMO_PASSWORD.</summary>
public sealed class AccountSeederTests : ApiFixture
{
    private const string FirstAdministrator = "first.admin@council.example";
    private const string DemoPassword = "seeded-demo-9-heron-tide";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Accounts:FirstAdministrator:Email"] = FirstAdministrator,
        ["Accounts:FirstAdministrator:Password"] = "first-admin-2-otter-lake",
        ["Accounts:DemoUsers"] = "true",
        ["DEMO_PASSWORD"] = DemoPassword,
    };

    [Test]
    public async Task FirstAdministrator_FromConfiguration_CanSignInAsAdministrator()
    {
        using var client = AnonymousClient();

        var me = await TestAccounts.SignInAsync(client, FirstAdministrator, "first-admin-2-otter-lake");

        Assert.That(me.Roles, Is.EqualTo(new[] { Role.Administrator }));
        using var users = await client.GetAsync(new Uri("/api/v1/users", UriKind.Relative));
        Assert.That(users.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("admin@example.org", Role.Administrator)]
    [TestCase("pm@example.org", Role.ProgrammeManager)]
    [TestCase("lead@example.org", Role.Lead)]
    [TestCase("board@example.org", Role.BoardMember)]
    [TestCase("viewer@example.org", Role.Viewer)]
    public async Task DemoUser_SignsInWithDemoPasswordAndHasItsRole(string email, Role role)
    {
        using var client = AnonymousClient();

        var me = await TestAccounts.SignInAsync(client, email, DemoPassword);

        Assert.That(me.Roles, Is.EqualTo(new[] { role }));
        Assert.That(me.LeadId, role == Role.Lead ? Is.Not.Null : Is.Null, "only the demo lead is linked to a lead of the seed plan");
    }

    [Test]
    public async Task DemoLead_IsLinkedToASeededLeadThatLeadsActions()
    {
        using var client = AnonymousClient();
        var me = await TestAccounts.SignInAsync(client, "lead@example.org", DemoPassword);

        var lead = await client.GetFromJsonAsync<Contracts.Leads.LeadDto>(new Uri($"/api/v1/leads/{me.LeadId}", UriKind.Relative), Json);

        Assert.That(lead!.OpenActionCount + lead.OverdueActionCount, Is.GreaterThan(0));
    }
}
