using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Leads;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Leads;

/// <summary>
/// Write tests create leads with a name unique to the test (a marker), and list tests filter by that marker, so tests
/// never see each other's leads. The seeded demo leads are only read.
/// </summary>
public sealed class LeadEndpointsTests : ApiFixture
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static DateOnly LondonToday => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, London).DateTime);

    private static string Marker() => $"Lead {Guid.NewGuid():N}";

    private async Task<(LeadDto Lead, string ETag)> CreateAsync(string name, LeadKind kind = LeadKind.Person, Guid? organisationId = null, string? email = null)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/leads", UriKind.Relative), new CreateLeadRequest(name, kind, organisationId, email), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<LeadDto>(Json))!, response.ETag());
    }

    private async Task<LeadDto> SeededAsync(string name) =>
        (await GetJsonAsync<Page<LeadDto>>($"/api/v1/leads?q={Uri.EscapeDataString(name)}&limit=200")).Items.Single(l => l.Name == name);

    /// <summary>The lead without its timestamp, which PostgreSQL stores to the microsecond (a fresh response carries ticks).</summary>
    private static LeadDto Comparable(LeadDto lead) => lead with { UpdatedAt = default };

    private async Task<IReadOnlyList<LeadDto>> ListAsync(string query) => (await GetJsonAsync<Page<LeadDto>>($"/api/v1/leads?{query}")).Items;

    [Test]
    public async Task CreateLead_Valid_ReturnsCreatedWithLocationETagAndOrganisationName()
    {
        var police = await SeededAsync("Police");
        var name = Marker();

        using var response = await Client.PostAsJsonAsync(
            new Uri("/api/v1/leads", UriKind.Relative), new CreateLeadRequest($"  {name}  ", LeadKind.Person, police.Id, "officer@example.org"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var lead = (await response.Content.ReadFromJsonAsync<LeadDto>(Json))!;
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/leads/{lead.Id}"));
        Assert.That(
            (lead.Name, lead.Kind, lead.OrganisationId, lead.OrganisationName, lead.Email, lead.OpenActionCount, lead.OverdueActionCount),
            Is.EqualTo((name, LeadKind.Person, (Guid?)police.Id, "Police", "officer@example.org", 0, 0)),
            "the name is stored without surrounding spaces");
        using var get = await Client.GetAsync(new Uri($"/api/v1/leads/{lead.Id}", UriKind.Relative));
        Assert.That(get.ETag(), Is.EqualTo(response.ETag()));
        Assert.That(Comparable((await get.Content.ReadFromJsonAsync<LeadDto>(Json))!), Is.EqualTo(Comparable(lead)));
    }

    [Test]
    public async Task CreateLead_NameOfAnotherLeadInOtherCase_ReturnsConflictAndWritesNothing()
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/leads", UriKind.Relative), new CreateLeadRequest("ST GILES TRUST", LeadKind.Organisation), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("existing").GetProperty("name").GetString(), Is.EqualTo("St Giles Trust"));
        Assert.That((await ListAsync("q=st%20giles")).Select(l => l.Name), Is.EqualTo(new[] { "St Giles Trust" }));
    }

    [TestCase("Natasha Bishopp", "is a person")]
    [TestCase(null, "No lead has the id")]
    public async Task CreateLead_OrganisationThatIsNotAnOrganisation_ReturnsValidationProblemNamingOrganisationId(string? organisationName, string message)
    {
        var organisationId = organisationName is null ? Guid.CreateVersion7() : (await SeededAsync(organisationName)).Id;
        var name = Marker();

        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/leads", UriKind.Relative), new CreateLeadRequest(name, LeadKind.Person, organisationId), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.GetProperty("organisationId")[0].GetString(), Does.Contain(message), errors.ToString());
        Assert.That(await ListAsync($"q={Uri.EscapeDataString(name)}"), Is.Empty, "nothing is written");
    }

    [TestCase("""{"name":"","kind":"Person"}""", "name")]
    [TestCase("""{"name":"   ","kind":"Person"}""", "name")]
    [TestCase("""{"kind":"Person"}""", "name")]
    [TestCase("""{"name":"MARKER","kind":"Person","email":"not-an-email"}""", "email")]
    public async Task CreateLead_InvalidField_ReturnsValidationProblemNamingIt(string body, string field)
    {
        var name = Marker();

        using var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/leads", body.Replace("MARKER", name, StringComparison.Ordinal), ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field).IgnoreCase, errors.ToString());
        Assert.That(await ListAsync($"q={Uri.EscapeDataString(name)}"), Is.Empty, "nothing is written");
    }

    [Test]
    public async Task CreateLead_WithoutKind_ReturnsValidationProblemNamingKind()
    {
        var name = Marker();

        using var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/leads", new { name }, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.GetProperty("kind")[0].GetString(), Is.EqualTo("Kind is required."), errors.ToString());
        Assert.That(await ListAsync($"q={Uri.EscapeDataString(name)}"), Is.Empty, "nothing is written");
    }

    [Test]
    public async Task CreateLead_NameAndEmailTooLong_ReturnsValidationProblemNamingBoth()
    {
        var body = new { name = new string('n', 201), kind = "Person", email = new string('e', 310) + "@example.org" };

        using var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/leads", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name.ToUpperInvariant()), Is.SupersetOf(new[] { "NAME", "EMAIL" }), errors.ToString());
    }

    [TestCase("""{"name":"X","kind":"Person","colour":"red"}""", "colour")]
    [TestCase("""{"name":"X","kind":3}""", "kind")]
    [TestCase("""{"name":"X","kind":9}""", "kind")]
    [TestCase("""{"name":"X","kind":null}""", "kind")]
    [TestCase("""{"name":"X","kind":"Alien"}""", "kind")]
    [TestCase("""{"name":"X","kind":"Person","organisationId":"not-a-guid"}""", "organisationId")]
    [TestCase("""{"name":"X","kind":""", "")]
    public async Task CreateLead_MalformedJson_ReturnsProblemNamingThePath(string body, string path)
    {
        using var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/leads", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.StartsWith(path), problem.ToString());
        Assert.That(problem.ToString(), Does.Not.Contain("DeliveryTracker."), "no .NET type names leak");
    }

    [Test]
    public async Task ListLeads_DemoLead_CountsOpenAndOverdueActionsOfTheDemoPlan()
    {
        var plans = await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans");
        var plan = await GetJsonAsync<PlanDto>($"/api/v1/plans/{plans.Items.Single(p => p.Title == "Building Safer Communities – Delivery Plan").Id}");
        var led = plan.Themes.SelectMany(t => t.Objectives).SelectMany(o => o.Actions)
            .Where(a => a.Leads.Any(l => l.Name == "Natasha Bishopp") && a.Status is not (ActionStatus.Completed or ActionStatus.Cancelled))
            .ToList();

        var lead = (await ListAsync("q=natasha")).Single();

        Assert.That(led.Select(a => a.ReferenceCode), Does.Contain("SYV-1.1"), "SYV-1.1 (due 30 Sep 2019) is Natasha Bishopp's");
        Assert.That(lead.OpenActionCount, Is.EqualTo(led.Count));
        Assert.That(lead.OverdueActionCount, Is.EqualTo(led.Count(a => a.Timescale.DueDate < LondonToday)).And.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task ListLeads_ActionsOfEveryStatusAndDueDate_CountsOnlyOpenOnesAndOverdueBeforeToday()
    {
        var (lead, _) = await CreateAsync(Marker());
        var today = LondonToday;
        // The lead is primary on some actions and a supporting lead on the others; both count.
        ActionLeadRequest[] Leads(bool primary) => [new(lead.Id, primary)];
        await NewPlanWithActionsAsync(
        [
            new(ActionStatus.NotStarted, today.AddDays(-1), Leads(true)), // open, overdue
            new(ActionStatus.InProgress, today, Leads(false)), // open, due today: not overdue yet
            new(ActionStatus.Blocked, today.AddDays(30), Leads(true)), // open
            new(ActionStatus.OnHold, null, Leads(false)), // open, no due date: never overdue
            new(ActionStatus.Completed, today.AddDays(-100), Leads(true)), // closed
            new(ActionStatus.Cancelled, today.AddDays(-100), Leads(false)), // closed
        ]);

        var listed = (await ListAsync($"q={Uri.EscapeDataString(lead.Name)}")).Single();
        var single = await GetJsonAsync<LeadDto>($"/api/v1/leads/{lead.Id}");

        Assert.That((listed.OpenActionCount, listed.OverdueActionCount), Is.EqualTo((4, 1)));
        Assert.That((single.OpenActionCount, single.OverdueActionCount), Is.EqualTo((4, 1)));
    }

    [Test]
    public async Task ListLeads_QueryInAnyCase_ListsLeadsWhoseNameContainsItInNameOrder()
    {
        var items = await ListAsync("q=POLICE&limit=200");

        Assert.That(items.Select(l => l.Name), Is.SupersetOf(new[] { "Police", "E&C Police", "Parks Police", "Police Inspector" }));
        Assert.That(items.Select(l => l.Name), Has.All.Contains("police").IgnoreCase);
        Assert.That(items.Select(l => l.Name), Is.Ordered.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase));
    }

    [Test]
    public async Task ListLeads_QueryWithLikeWildcards_MatchesThemLiterally()
    {
        var (lead, _) = await CreateAsync($"{Marker()} 100%_done");

        Assert.That((await ListAsync("q=%25_d")).Select(l => l.Id), Is.EqualTo(new[] { lead.Id }));
    }

    [Test]
    public async Task ListLeads_ByKindAndOrganisation_ListsOnlyMatchingLeads()
    {
        var police = await SeededAsync("Police");

        var members = await ListAsync($"organisationId={police.Id}&limit=200");
        var boards = await ListAsync("kind=Board&limit=200");

        Assert.That(members.Select(l => l.Name), Is.SupersetOf(new[] { "E&C Police", "Police Inspector" }));
        Assert.That(members.Select(l => (l.OrganisationId, l.OrganisationName)), Has.All.EqualTo(((Guid?)police.Id, "Police")));
        Assert.That(boards.Select(l => l.Name), Is.SupersetOf(new[] { "VAWG Board", "LSCB", "CSPB" }));
        Assert.That(boards.Select(l => l.Kind), Has.All.EqualTo(LeadKind.Board));
    }

    [Test]
    public async Task ListLeads_ByOrganisationAndKindTogether_ListsOnlyItsMembersOfThatKind()
    {
        var marker = Marker();
        var (organisation, _) = await CreateAsync($"{marker} Trust", LeadKind.Organisation);
        await CreateAsync($"{marker} Outreach Team", LeadKind.Team, organisation.Id);
        await CreateAsync($"{marker} Bea Member", LeadKind.Person, organisation.Id);
        await CreateAsync($"{marker} Al Member", LeadKind.Person, organisation.Id);
        await CreateAsync($"{marker} Outsider", LeadKind.Person);

        var people = await ListAsync($"organisationId={organisation.Id}&kind=Person");
        var everyone = await ListAsync($"organisationId={organisation.Id}");
        var unknown = await ListAsync($"organisationId={Guid.CreateVersion7()}");

        Assert.That(people.Select(l => l.Name), Is.EqualTo(new[] { $"{marker} Al Member", $"{marker} Bea Member" }), "by name");
        Assert.That(everyone.Select(l => l.Name), Is.EquivalentTo(new[] { $"{marker} Al Member", $"{marker} Bea Member", $"{marker} Outreach Team" }));
        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public async Task ListLeads_WithLimit_PagesByNameWithANextCursorAndLinkHeader()
    {
        var marker = Marker();
        foreach (var suffix in new[] { "c", "A", "b" })
        {
            await CreateAsync($"{marker} {suffix}");
        }

        using var first = await Client.GetAsync(new Uri($"/api/v1/leads?q={Uri.EscapeDataString(marker)}&limit=2", UriKind.Relative));
        var firstPage = (await first.Content.ReadFromJsonAsync<Page<LeadDto>>(Json))!;
        var next = first.Headers.GetValues("Link").Single();
        var secondPage = await GetJsonAsync<Page<LeadDto>>($"/api/v1/leads?q={Uri.EscapeDataString(marker)}&limit=2&cursor={firstPage.NextCursor}");

        Assert.That(firstPage.Items.Select(l => l.Name), Is.EqualTo(new[] { $"{marker} A", $"{marker} b" }));
        Assert.That(firstPage.NextCursor, Is.Not.Null.And.Not.Empty);
        Assert.That(next, Does.StartWith("</api/v1/leads?").And.Contain($"cursor={firstPage.NextCursor}").And.Contain("limit=2").And.EndWith(">; rel=\"next\""));
        Assert.That(secondPage.Items.Select(l => l.Name), Is.EqualTo(new[] { $"{marker} c" }));
        Assert.That(secondPage.NextCursor, Is.Null);
        using var viaLink = await Client.GetAsync(new Uri(next[1..next.IndexOf('>', StringComparison.Ordinal)], UriKind.Relative));
        Assert.That((await viaLink.Content.ReadFromJsonAsync<Page<LeadDto>>(Json))!.Items.Select(l => l.Name), Is.EqualTo(new[] { $"{marker} c" }));
    }

    [TestCase("limit=0", "limit")]
    [TestCase("organisationId=police", "organisationId")]
    [TestCase("limit=201", "limit")]
    [TestCase("cursor=not-a-cursor", "cursor")]
    [TestCase("cursor=e30", "cursor")] // base64url of {}: well-formed, but not a lead's sort key
    public async Task ListLeads_BadLimitOrCursor_ReturnsValidationProblemNamingIt(string query, string field)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/leads?{query}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _), Is.True);
    }

    [Test]
    public async Task ListLeads_UnknownKind_ReturnsBadRequest()
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/leads?kind=Alien", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        await response.ProblemAsync();
    }

    [Test]
    public async Task GetLead_MemberOfAnOrganisation_NamesTheOrganisation()
    {
        var inspector = await SeededAsync("Police Inspector");

        var lead = await GetJsonAsync<LeadDto>($"/api/v1/leads/{inspector.Id}");

        Assert.That(lead.OrganisationName, Is.EqualTo("Police"));
        Assert.That(lead.OpenActionCount, Is.GreaterThan(0));
    }

    [Test]
    public async Task GetLead_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/leads/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task UpdateLead_WithCurrentETag_ChangesItAndIssuesANewETag()
    {
        var (organisation, _) = await CreateAsync(Marker(), LeadKind.Organisation);
        var (lead, etag) = await CreateAsync(Marker(), email: "old@example.org");
        var name = Marker();

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{lead.Id}", new UpdateLeadRequest(name, LeadKind.Role, organisation.Id, null), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = (await response.Content.ReadFromJsonAsync<LeadDto>(Json))!;
        Assert.That((updated.Name, updated.Kind, updated.OrganisationId, updated.OrganisationName, updated.Email), Is.EqualTo((name, LeadKind.Role, (Guid?)organisation.Id, organisation.Name, (string?)null)));
        Assert.That(response.ETag(), Is.Not.EqualTo(etag));
        Assert.That(Comparable(await GetJsonAsync<LeadDto>($"/api/v1/leads/{lead.Id}")), Is.EqualTo(Comparable(updated)));
    }

    [Test]
    public async Task UpdateLead_RecasingItsOwnName_IsAllowed()
    {
        var name = Marker();
        var (lead, etag) = await CreateAsync(name.ToLowerInvariant());

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{lead.Id}", new UpdateLeadRequest(name.ToUpperInvariant(), LeadKind.Person, OrganisationId: null, Email: null), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await response.Content.ReadFromJsonAsync<LeadDto>(Json))!.Name, Is.EqualTo(name.ToUpperInvariant()));
    }

    [Test]
    public async Task UpdateLead_ToTheNameOfAnotherLead_ReturnsConflictAndChangesNothing()
    {
        var (lead, etag) = await CreateAsync(Marker());

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{lead.Id}", new UpdateLeadRequest("police", LeadKind.Person, OrganisationId: null, Email: null), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        await response.ProblemAsync();
        Assert.That((await GetJsonAsync<LeadDto>($"/api/v1/leads/{lead.Id}")).Name, Is.EqualTo(lead.Name));
    }

    [Test]
    public async Task UpdateLead_OrganisationItselfOrItsOwnMember_ReturnsValidationProblemNamingOrganisationId()
    {
        var (parent, parentETag) = await CreateAsync(Marker(), LeadKind.Organisation);
        var (child, _) = await CreateAsync(Marker(), LeadKind.Organisation, parent.Id);

        using var itself = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{parent.Id}", new UpdateLeadRequest(parent.Name, LeadKind.Organisation, parent.Id, Email: null), parentETag, Json);
        using var loop = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{parent.Id}", new UpdateLeadRequest(parent.Name, LeadKind.Organisation, child.Id, Email: null), parentETag, Json);

        Assert.That(itself.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await itself.ProblemAsync()).GetProperty("errors").GetProperty("organisationId")[0].GetString(), Does.Contain("itself"));
        Assert.That(loop.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await loop.ProblemAsync()).GetProperty("errors").GetProperty("organisationId")[0].GetString(), Does.Contain("belongs to this lead"));
        Assert.That((await GetJsonAsync<LeadDto>($"/api/v1/leads/{parent.Id}")).OrganisationId, Is.Null);
    }

    [Test]
    public async Task UpdateLead_OrganisationWithMembersToAnotherKind_ReturnsConflictNamingTheMembers()
    {
        var (organisation, etag) = await CreateAsync(Marker(), LeadKind.Organisation);
        var (member, _) = await CreateAsync(Marker(), organisationId: organisation.Id);

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{organisation.Id}", new UpdateLeadRequest(organisation.Name, LeadKind.Team, OrganisationId: null, Email: null), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var leads = (await response.ProblemAsync()).GetProperty("dependents").GetProperty("leads");
        Assert.That(leads.EnumerateArray().Select(l => l.GetProperty("name").GetString()), Is.EqualTo(new[] { member.Name }));
    }

    [Test]
    public async Task UpdateLead_InvalidField_ReturnsValidationProblemAndChangesNothing()
    {
        var (lead, etag) = await CreateAsync(Marker());

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{lead.Id}", """{"name":"","kind":"Person","organisationId":null,"email":"nope"}""", etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name.ToUpperInvariant()), Is.SupersetOf(new[] { "NAME", "EMAIL" }), errors.ToString());
        Assert.That(Comparable(await GetJsonAsync<LeadDto>($"/api/v1/leads/{lead.Id}")), Is.EqualTo(Comparable(lead)));
    }

    [Test]
    public async Task UpdateLead_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var (lead, _) = await CreateAsync(Marker());

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{lead.Id}", new UpdateLeadRequest(lead.Name, LeadKind.Team, OrganisationId: null, Email: null), ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
        await response.ProblemAsync();
    }

    [Test]
    public async Task UpdateLead_WithStaleETag_ReturnsPreconditionFailedWithTheCurrentVersion()
    {
        var (lead, staleETag) = await CreateAsync(Marker());
        var firstName = Marker();
        using (var first = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{lead.Id}", new UpdateLeadRequest(firstName, LeadKind.Person, OrganisationId: null, Email: null), staleETag, Json))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var second = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{lead.Id}", new UpdateLeadRequest(Marker(), LeadKind.Person, OrganisationId: null, Email: null), staleETag, Json);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        var problem = await second.ProblemAsync();
        Assert.That(problem.GetProperty("current").GetProperty("name").GetString(), Is.EqualTo(firstName));
        Assert.That(problem.GetProperty("currentETag").GetString(), Is.Not.EqualTo(staleETag).And.Not.Empty);
        Assert.That((await GetJsonAsync<LeadDto>($"/api/v1/leads/{lead.Id}")).Name, Is.EqualTo(firstName), "the stale write changed nothing");
    }

    [Test]
    public async Task UpdateLead_Unknown_ReturnsNotFound()
    {
        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{Guid.CreateVersion7()}", new UpdateLeadRequest(Marker(), LeadKind.Person, OrganisationId: null, Email: null), "\"1\"", Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task DeleteLead_LeadingActionsOwningKpisAndWithMembers_ReturnsConflictNamingThem()
    {
        var police = await SeededAsync("Police");
        using var get = await Client.GetAsync(new Uri($"/api/v1/leads/{police.Id}", UriKind.Relative));

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/leads/{police.Id}", null, get.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var dependents = (await response.ProblemAsync()).GetProperty("dependents");
        Assert.That(dependents.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("referenceCode").GetString()), Does.Contain("SYV-3.2").And.Contain("SYV-7.2"));
        Assert.That(dependents.GetProperty("kpis").EnumerateArray().Select(k => k.GetProperty("code").GetString()), Does.Contain("CRIME-TNO"));
        Assert.That(dependents.GetProperty("leads").EnumerateArray().Select(l => l.GetProperty("name").GetString()), Is.SupersetOf(new[] { "E&C Police", "Police Inspector" }));
        Assert.That((await GetJsonAsync<LeadDto>($"/api/v1/leads/{police.Id}")).Name, Is.EqualTo("Police"));
    }

    [Test]
    public async Task DeleteLead_LeadingASupportingAction_ReturnsConflictNamingIt()
    {
        var (lead, etag) = await CreateAsync(Marker());
        var primary = await CreateLeadAsync();
        var (planId, _) = await NewPlanWithActionsAsync([new(ActionStatus.Completed, Leads: [new(primary, IsPrimary: true), new(lead.Id, IsPrimary: false)])]);

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/leads/{lead.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var action = (await response.ProblemAsync()).GetProperty("dependents").GetProperty("actions").EnumerateArray().Single();
        Assert.That((action.GetProperty("referenceCode").GetString(), action.GetProperty("planId").GetGuid()), Is.EqualTo(("T-1.1", planId)));
    }

    [Test]
    public async Task DeleteLead_Unused_RemovesItAndRecordsTheDeletion()
    {
        var (lead, etag) = await CreateAsync(Marker());

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/leads/{lead.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var get = await Client.GetAsync(new Uri($"/api/v1/leads/{lead.Id}", UriKind.Relative));
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/leads/{lead.Id}/history");
        Assert.That(history.Items.Select(h => h.Operation), Is.EqualTo(new[] { "Deleted", "Created" }));
        Assert.That(history.Items[0].Before!.Value.GetProperty("name").GetString(), Is.EqualTo(lead.Name));
    }

    [Test]
    public async Task DeleteLead_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var (lead, _) = await CreateAsync(Marker());

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/leads/{lead.Id}", null, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
        Assert.That(Comparable(await GetJsonAsync<LeadDto>($"/api/v1/leads/{lead.Id}")), Is.EqualTo(Comparable(lead)));
    }

    [Test]
    public async Task DeleteLead_WithStaleETag_ReturnsPreconditionFailedAndKeepsIt()
    {
        var (lead, staleETag) = await CreateAsync(Marker());
        using (var update = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{lead.Id}", new UpdateLeadRequest(lead.Name, LeadKind.Team, OrganisationId: null, Email: null), staleETag, Json))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/leads/{lead.Id}", null, staleETag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((await response.ProblemAsync()).GetProperty("current").GetProperty("kind").GetString(), Is.EqualTo("Team"));
    }

    [Test]
    public async Task LeadHistory_AfterCreateAndUpdate_RecordsBothWithBeforeAndAfter()
    {
        var (lead, etag) = await CreateAsync(Marker());
        using (var update = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/leads/{lead.Id}", new UpdateLeadRequest(lead.Name, LeadKind.Role, null, "new@example.org"), etag, Json))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/leads/{lead.Id}/history");

        Assert.That(history.Items.Select(h => h.Operation), Is.EqualTo(new[] { "Updated", "Created" }));
        var change = history.Items[0];
        Assert.That(change.Before!.Value.GetProperty("kind").GetString(), Is.EqualTo("Person"));
        Assert.That(change.After!.Value.GetProperty("kind").GetString(), Is.EqualTo("Role"));
        Assert.That(change.After!.Value.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "kind", "email" }), "only changed properties");
    }

    [Test]
    public async Task LeadHistory_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/leads/{Guid.CreateVersion7()}/history", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
