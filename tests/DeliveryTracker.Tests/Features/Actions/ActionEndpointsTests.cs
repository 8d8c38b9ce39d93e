using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Objectives;
using DeliveryTracker.Contracts.ProgressUpdates;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Contracts.Timescales;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Actions;

/// <summary>
/// Reads use the seeded demo plan as seeded; writes work on actions each test creates (in a new objective of the demo
/// plan when they need its leads, review and KPIs, or in a plan of their own).
/// </summary>
public sealed class ActionEndpointsTests : DeliveryPlanFixture
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    private async Task<int> ActionCountAsync(Guid objectiveId) => (await GetJsonAsync<ObjectiveDto>($"/api/v1/objectives/{objectiveId}")).ActionCount;

    private async Task<HttpResponseMessage> PutAsync(ActionDto action, UpdateActionRequest request, string? etag) =>
        await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/actions/{action.Id}", request, etag, Json);

    [Test]
    public async Task GetAction_SeededSyv11_HasEveryFieldItsLinksAndItsRatingAsOfToday()
    {
        var seeded = await SeededActionAsync("SYV-1.1");

        using var response = await Client.GetAsync(new Uri($"/api/v1/actions/{seeded.Id}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var action = (await response.Content.ReadFromJsonAsync<ActionDto>(Json))!;
        var plan = await DemoPlanAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.ETag(), Is.Not.Empty);
            Assert.That((action.ReferenceCode, action.PlanId, action.ThemeId, action.ObjectiveId, action.Position), Is.EqualTo(("SYV-1.1", plan.Id, plan.Themes[0].Id, plan.Themes[0].Objectives[0].Id, 1)));
            Assert.That(action.Text, Does.StartWith("Embed contextual safeguarding"));
            Assert.That(action.Status, Is.EqualTo(ActionStatus.NotStarted));
            Assert.That(action.Timescale, Is.EqualTo(new TimescaleDto("September 2019", TimescaleKind.ByDate, null, new DateOnly(2019, 9, 30), TimescaleConfidence.High, false, null)));
            Assert.That(action.Leads.Select(l => (l.Name, l.IsPrimary)), Is.EqualTo(new[] { ("Natasha Bishopp", true) }));
            Assert.That(action.RecommendationNumbers, Is.EqualTo(new[] { 29 }));
            Assert.That(action.LastProgressAt, Is.Null);
            Assert.That(action.Rating.AsOf, Is.EqualTo(Today));
            Assert.That((action.Rating.Derived, action.Rating.DerivedReason, action.Rating.DerivedReasonText), Is.EqualTo((RagRating.Red, RagReason.Overdue, "overdue since 30 Sep 2019")));
            Assert.That((action.Rating.Effective, action.Rating.EffectiveSource, action.Rating.Reported), Is.EqualTo((RagRating.Red, RatingSource.Derived, (RagRating?)null)));
        });
    }

    [TestCase("2019-09-01", RagRating.Amber, "due in 29 days, not started")]
    [TestCase("2019-10-01", RagRating.Red, "overdue since 30 Sep 2019")]
    public async Task GetAction_AsOfAPastDate_RatesItAsOfThatDate(string asOf, RagRating rating, string reason)
    {
        var seeded = await SeededActionAsync("SYV-1.1");

        var action = await GetJsonAsync<ActionDto>($"/api/v1/actions/{seeded.Id}?asOf={asOf}");

        Assert.That((action.Rating.AsOf, action.Rating.Derived, action.Rating.DerivedReasonText), Is.EqualTo((DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), rating, reason)));
    }

    [TestCase("1999-12-31")]
    [TestCase("2999-01-01")]
    public async Task GetAction_AsOfOutsideTheAllowedDates_ReturnsValidationProblemNamingAsOf(string asOf)
    {
        var seeded = await SeededActionAsync("SYV-1.1");

        using var response = await Client.GetAsync(new Uri($"/api/v1/actions/{seeded.Id}?asOf={asOf}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "asOf" }));
    }

    [Test]
    public async Task GetAction_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/actions/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task CreateAction_Minimal_DefaultsReferenceStatusAndReadsTheTimescaleAgainstThePlan()
    {
        var objective = await NewDemoObjectiveAsync();

        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/objectives/{objective.Id}/actions", UriKind.Relative), new CreateActionRequest("Run a summit", Timescale: "1 July forward"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var action = (await response.Content.ReadFromJsonAsync<ActionDto>(Json))!;
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/actions/{action.Id}"));
            Assert.That(action.ReferenceCode, Is.EqualTo($"SYV-{objective.Position}.1"));
            Assert.That((action.PlanId, action.ThemeId, action.ObjectiveId, action.Position), Is.EqualTo((objective.PlanId, objective.ThemeId, objective.Id, 1)));
            Assert.That((action.Status, action.PercentComplete, action.Leads.Count), Is.EqualTo((ActionStatus.NotStarted, (int?)null, 0)));
            // The demo plan starts 1 Apr 2019, so "1 July" is 1 Jul 2019.
            Assert.That((action.Timescale.Raw, action.Timescale.Kind, action.Timescale.StartDate), Is.EqualTo(("1 July forward", TimescaleKind.Ongoing, (DateOnly?)new DateOnly(2019, 7, 1))));
            Assert.That(action.Rating.AsOf, Is.EqualTo(Today));
        });
        using var get = await Client.GetAsync(new Uri($"/api/v1/actions/{action.Id}", UriKind.Relative));
        Assert.That(get.ETag(), Is.EqualTo(response.ETag()));
    }

    [Test]
    public async Task CreateAction_Twice_TakesTheNextNumberAndTheRequestedPosition()
    {
        var objective = await NewDemoObjectiveAsync();
        var first = (await CreateActionAsync(objective.Id, new CreateActionRequest("First"))).Action;

        var second = (await CreateActionAsync(objective.Id, new CreateActionRequest("Second", Position: 1))).Action;

        Assert.That((second.ReferenceCode, second.Position), Is.EqualTo(($"SYV-{objective.Position}.2", 1)));
        Assert.That((await GetActionAsync(first.Id)).Action.Position, Is.EqualTo(2), "the first moved down");
    }

    [Test]
    public async Task CreateAction_WithLinks_StoresLeadsRecommendationsAndKpis()
    {
        var objective = await NewDemoObjectiveAsync();
        var aman = await SeededLeadAsync("Aman Jaswal");
        var police = await SeededLeadAsync("Police");
        var kpis = await DemoKpisAsync();

        var (action, _) = await CreateActionAsync(objective.Id, new CreateActionRequest(
            "Joint patrols",
            ReferenceCode: "SYV-X1",
            Status: ActionStatus.InProgress,
            PercentComplete: 20,
            KpiText: "Fewer incidents",
            Leads: [new(aman, IsPrimary: false), new(police, IsPrimary: false)],
            RecommendationNumbers: [29, 3],
            KpiIds: [kpis[1].Id, kpis[0].Id]));

        Assert.Multiple(() =>
        {
            Assert.That((action.ReferenceCode, action.Status, action.PercentComplete, action.KpiText), Is.EqualTo(("SYV-X1", ActionStatus.InProgress, (int?)20, "Fewer incidents")));
            Assert.That(action.Leads.Select(l => (l.LeadId, l.Name, l.IsPrimary)), Is.EqualTo(new[] { (aman, "Aman Jaswal", true), (police, "Police", false) }), "with none marked, the first lead is primary");
            Assert.That(action.RecommendationNumbers, Is.EqualTo(new[] { 3, 29 }));
            Assert.That(action.Kpis.Select(k => (k.KpiId, k.Code)), Is.EqualTo(new[] { kpis[0], kpis[1] }));
        });
    }

    [Test]
    public async Task CreateAction_WithAPrimaryLeadMarked_KeepsItPrimary()
    {
        var objective = await NewDemoObjectiveAsync();
        var aman = await SeededLeadAsync("Aman Jaswal");
        var police = await SeededLeadAsync("Police");

        var (action, _) = await CreateActionAsync(objective.Id, new CreateActionRequest("Patrols", Leads: [new(aman, IsPrimary: false), new(police, IsPrimary: true)]));

        Assert.That(action.Leads.Select(l => (l.Name, l.IsPrimary)), Is.EqualTo(new[] { ("Police", true), ("Aman Jaswal", false) }));
    }

    [Test]
    public async Task CreateAction_ReferenceOfAnotherActionInThePlan_ReturnsConflictAndWritesNothing()
    {
        var objective = await NewDemoObjectiveAsync();

        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/objectives/{objective.Id}/actions", UriKind.Relative), new CreateActionRequest("Again", ReferenceCode: "SYV-1.1"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("conflictsWith").GetProperty("id").GetGuid(), Is.EqualTo((await SeededActionAsync("SYV-1.1")).Id));
        Assert.That(await ActionCountAsync(objective.Id), Is.Zero);
    }

    [Test]
    public async Task CreateAction_UnknownLeadRecommendationAndKpi_ReturnsValidationProblemNamingEachAndWritesNothing()
    {
        var objective = await NewDemoObjectiveAsync();
        var aman = await SeededLeadAsync("Aman Jaswal");

        using var response = await Client.PostAsJsonAsync(
            new Uri($"/api/v1/objectives/{objective.Id}/actions", UriKind.Relative),
            new CreateActionRequest("Bad links", Leads: [new(aman, IsPrimary: false), new(Guid.CreateVersion7(), IsPrimary: false)], RecommendationNumbers: [29, 40, 35], KpiIds: [Guid.CreateVersion7()]),
            Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { "leads[1].leadId", "recommendationNumbers", "kpiIds" }));
        Assert.That(errors.GetProperty("recommendationNumbers")[0].GetString(), Does.Contain("35, 40").And.Not.Contain("29"));
        Assert.That(await ActionCountAsync(objective.Id), Is.Zero, "nothing is half-written");
    }

    [Test]
    public async Task CreateAction_LeadToBeAgreedAndASourceNote_ReturnsThemAndKeepsThem()
    {
        var objective = await NewDemoObjectiveAsync("CST");
        const string note = "Lead cell reads 'To be agreed' in the council's spreadsheet.";

        var (created, _) = await CreateActionAsync(objective.Id, new CreateActionRequest("Undertake a Section 17 review of schools", LeadToBeAgreed: true, SourceNote: note));

        var (stored, _) = await GetActionAsync(created.Id);
        Assert.That((created.LeadToBeAgreed, created.Leads.Count, created.SourceNote), Is.EqualTo((true, 0, note)));
        Assert.That((stored.LeadToBeAgreed, stored.Leads.Count, stored.SourceNote), Is.EqualTo((true, 0, note)));
    }

    [Test]
    public async Task CreateAction_WithoutLeadToBeAgreedOrSourceNote_DefaultsToFalseAndNull()
    {
        var objective = await NewDemoObjectiveAsync();

        var (created, _) = await CreateActionAsync(objective.Id, new CreateActionRequest("No lead named yet"));

        Assert.That((created.LeadToBeAgreed, created.SourceNote), Is.EqualTo((false, (string?)null)));
    }

    [Test]
    public async Task CreateAction_LeadToBeAgreedWithLeads_ReturnsValidationProblemNamingLeadToBeAgreedAndWritesNothing()
    {
        var objective = await NewDemoObjectiveAsync();
        var aman = await SeededLeadAsync("Aman Jaswal");

        using var response = await Client.PostAsJsonAsync(
            new Uri($"/api/v1/objectives/{objective.Id}/actions", UriKind.Relative),
            new CreateActionRequest("Both at once", Leads: [new(aman, IsPrimary: true)], LeadToBeAgreed: true),
            Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "leadToBeAgreed" }));
        Assert.That(await ActionCountAsync(objective.Id), Is.Zero);
    }

    [Test]
    public async Task CreateAction_SourceNoteTooLong_ReturnsValidationProblemNamingSourceNote()
    {
        var objective = await NewDemoObjectiveAsync();

        using var response = await Client.PostAsJsonAsync(
            new Uri($"/api/v1/objectives/{objective.Id}/actions", UriKind.Relative), new CreateActionRequest("x", SourceNote: new string('n', 2001)), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.EqualTo("sourceNote").IgnoreCase);
    }

    [Test]
    public async Task CreateAction_RecommendationsInAPlanWithoutAReview_ReturnsValidationProblem()
    {
        var objective = await NewPlanObjectiveAsync();

        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/objectives/{objective.Id}/actions", UriKind.Relative), new CreateActionRequest("x", RecommendationNumbers: [1]), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").GetProperty("recommendationNumbers")[0].GetString(), Does.Contain("no review"));
    }

    [Test]
    public async Task CreateAction_KpiOfAnotherPlan_ReturnsValidationProblemNamingKpiIds()
    {
        var objective = await NewPlanObjectiveAsync();
        var demoKpi = (await DemoKpisAsync())[0].Id;

        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/objectives/{objective.Id}/actions", UriKind.Relative), new CreateActionRequest("x", KpiIds: [demoKpi]), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").GetProperty("kpiIds")[0].GetString(), Does.Contain(demoKpi.ToString()));
    }

    [TestCase("""{"text":""}""", "text")]
    [TestCase("""{}""", "text")]
    [TestCase("""{"text":"x","percentComplete":101}""", "percentComplete")]
    [TestCase("""{"text":"x","percentComplete":-1}""", "percentComplete")]
    [TestCase("""{"text":"x","referenceCode":"syv 1"}""", "referenceCode")]
    [TestCase("""{"text":"x","position":0}""", "position")]
    [TestCase("""{"text":"x","leads":[{"leadId":"0197a000-0000-7000-8000-000000000001","isPrimary":true},{"leadId":"0197a000-0000-7000-8000-000000000002","isPrimary":true}]}""", "leads")]
    [TestCase("""{"text":"x","leads":[{"leadId":"0197a000-0000-7000-8000-000000000001","isPrimary":false},{"leadId":"0197a000-0000-7000-8000-000000000001","isPrimary":false}]}""", "leads")]
    [TestCase("""{"text":"x","recommendationNumbers":[3,3]}""", "recommendationNumbers")]
    [TestCase("""{"text":"x","kpiIds":["0197a000-0000-7000-8000-000000000001","0197a000-0000-7000-8000-000000000001"]}""", "kpiIds")]
    public async Task CreateAction_InvalidField_ReturnsValidationProblemNamingIt(string body, string field)
    {
        var objective = await NewDemoObjectiveAsync();

        using var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/objectives/{objective.Id}/actions", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field).IgnoreCase, errors.ToString());
        Assert.That(await ActionCountAsync(objective.Id), Is.Zero, "nothing is half-written");
    }

    [TestCase(4001, 0, 0, 0, "text")]
    [TestCase(1, 1001, 0, 0, "kpiText")]
    [TestCase(1, 0, 201, 0, "timescale")]
    [TestCase(1, 0, 0, 21, "leads")]
    public async Task CreateAction_TooLong_ReturnsValidationProblemNamingTheField(int text, int kpiText, int timescale, int leads, string field)
    {
        var objective = await NewDemoObjectiveAsync();
        var request = new CreateActionRequest(
            new string('t', text),
            KpiText: kpiText == 0 ? null : new string('k', kpiText),
            Timescale: timescale == 0 ? null : new string('s', timescale),
            Leads: Enumerable.Range(0, leads).Select(_ => new ActionLeadRequest(Guid.CreateVersion7(), IsPrimary: false)).ToList());

        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/objectives/{objective.Id}/actions", UriKind.Relative), request, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field).IgnoreCase);
    }

    [TestCase("""{"text":"x","colour":"red"}""", "colour")]
    [TestCase("""{"text":"x","percentComplete":"half"}""", "percentComplete")]
    [TestCase("""{"text":"x","status":"Finished"}""", "status")]
    [TestCase("""{"text":"x","status":99}""", "status")]
    [TestCase("""{"text":"x","leads":[{"leadId":"not-a-guid"}]}""", "leads[0].leadId")]
    [TestCase("""{"text":""", "")]
    public async Task CreateAction_MalformedJson_ReturnsProblemNamingThePath(string body, string path)
    {
        var objective = await NewDemoObjectiveAsync();

        using var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/objectives/{objective.Id}/actions", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.StartsWith(path), problem.ToString());
        Assert.That(await ActionCountAsync(objective.Id), Is.Zero);
    }

    [Test]
    public async Task CreateAction_UnknownObjective_ReturnsNotFound()
    {
        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/objectives/{Guid.CreateVersion7()}/actions", UriKind.Relative), new CreateActionRequest("x"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task UpdateAction_WithCurrentETag_ReplacesFieldsAndLinksAndIssuesANewETag()
    {
        var objective = await NewDemoObjectiveAsync();
        var aman = await SeededLeadAsync("Aman Jaswal");
        var police = await SeededLeadAsync("Police");
        var natasha = await SeededLeadAsync("Natasha Bishopp");
        var kpis = await DemoKpisAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest(
            "Old text", Timescale: "September 2019", Leads: [new(aman, IsPrimary: false), new(police, IsPrimary: false)], RecommendationNumbers: [29], KpiIds: [kpis[0].Id]));

        // The primary moves between two leads the action keeps, one lead goes, one comes.
        var request = Unchanged(action) with
        {
            ReferenceCode = $"SYV-{objective.Position}.9",
            Text = "New text",
            Status = ActionStatus.InProgress,
            PercentComplete = 50,
            KpiText = "New KPI text",
            Timescale = new("March 2020"),
            Leads = [new(police, IsPrimary: true), new(natasha, IsPrimary: false), new(aman, IsPrimary: false)],
            RecommendationNumbers = [33, 29],
            KpiIds = [kpis[1].Id],
        };
        using var response = await PutAsync(action, request, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = (await response.Content.ReadFromJsonAsync<ActionDto>(Json))!;
        Assert.Multiple(() =>
        {
            Assert.That((updated.ReferenceCode, updated.Text, updated.Status, updated.PercentComplete, updated.KpiText), Is.EqualTo(($"SYV-{objective.Position}.9", "New text", ActionStatus.InProgress, (int?)50, "New KPI text")));
            Assert.That((updated.Timescale.Raw, updated.Timescale.DueDate), Is.EqualTo(("March 2020", (DateOnly?)new DateOnly(2020, 3, 31))));
            Assert.That(updated.Leads.Select(l => (l.Name, l.IsPrimary)), Is.EqualTo(new[] { ("Police", true), ("Natasha Bishopp", false), ("Aman Jaswal", false) }));
            Assert.That(updated.RecommendationNumbers, Is.EqualTo(new[] { 29, 33 }));
            Assert.That(updated.Kpis.Select(k => k.KpiId), Is.EqualTo(new[] { kpis[1].Id }));
            Assert.That(response.ETag(), Is.Not.EqualTo(etag));
        });
        var (stored, storedETag) = await GetActionAsync(action.Id);
        Assert.That(System.Text.Json.JsonSerializer.Serialize(stored, Json), Is.EqualTo(System.Text.Json.JsonSerializer.Serialize(updated, Json)));
        Assert.That(storedETag, Is.EqualTo(response.ETag()));
    }

    // Both directions: the database allows one primary per action and checks row by row, so the order of the two
    // link updates matters; lead ids are time-ordered, so one of these cases would fail if it were left to chance.
    [TestCase("Aman Jaswal", "Police")]
    [TestCase("Police", "Aman Jaswal")]
    public async Task UpdateAction_PrimaryMovesToAnotherKeptLead_SwapsThePrimary(string from, string to)
    {
        var objective = await NewDemoObjectiveAsync();
        var (fromId, toId) = (await SeededLeadAsync(from), await SeededLeadAsync(to));
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("Swap", Leads: [new(fromId, IsPrimary: true), new(toId, IsPrimary: false)]));

        using var response = await PutAsync(action, Unchanged(action) with { Leads = [new(fromId, IsPrimary: false), new(toId, IsPrimary: true)] }, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await GetActionAsync(action.Id)).Action.Leads.Select(l => (l.Name, l.IsPrimary)), Is.EqualTo(new[] { (to, true), (from, false) }));
    }

    [Test]
    public async Task UpdateAction_AgreeingTheLead_ClearsLeadToBeAgreedAndKeepsTheSourceNote()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, etag) = await CreateActionAsync(
            objective.Id, new CreateActionRequest("Section 17 review", LeadToBeAgreed: true, SourceNote: "Lead cell read as 'To be agreed'."));
        var police = await SeededLeadAsync("Police");

        using var both = await PutAsync(action, Unchanged(action) with { Leads = [new(police, IsPrimary: true)] }, etag);
        Assert.That(both.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "leads while the lead is still to be agreed");
        Assert.That((await both.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "leadToBeAgreed" }));

        using var agreed = await PutAsync(action, Unchanged(action) with { Leads = [new(police, IsPrimary: true)], LeadToBeAgreed = false }, etag);

        Assert.That(agreed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await agreed.Content.ReadAsStringAsync());
        var (stored, _) = await GetActionAsync(action.Id);
        Assert.That((stored.LeadToBeAgreed, stored.Leads.Single().LeadId, stored.SourceNote), Is.EqualTo((false, police, "Lead cell read as 'To be agreed'.")));
    }

    [Test]
    public async Task UpdateAction_OnlyTheLeads_StillIssuesANewETag()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("Leads only"));

        using var response = await PutAsync(action, Unchanged(action) with { Leads = [new(await SeededLeadAsync("Police"), IsPrimary: false)] }, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.ETag(), Is.Not.EqualTo(etag), "a writer holding the old ETag must be refused");
        using var stale = await PutAsync(action, Unchanged(action), etag);
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
    }

    [Test]
    public async Task UpdateAction_SameTimescaleText_KeepsDatesCorrectedByHand()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("x", Timescale: "Autumn 2019"));
        using var corrected = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/actions/{action.Id}/timescale", new CorrectTimescaleRequest(TimescaleKind.ByDate, DueDate: new DateOnly(2019, 10, 15)), etag, Json);
        Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.OK), await corrected.Content.ReadAsStringAsync());

        using var response = await PutAsync(action, Unchanged(action) with { Text = "Only the text changes" }, corrected.ETag());

        var updated = (await response.Content.ReadFromJsonAsync<ActionDto>(Json))!;
        Assert.That((updated.Timescale.Raw, updated.Timescale.DueDate, updated.Timescale.IsCorrected), Is.EqualTo(("Autumn 2019", (DateOnly?)new DateOnly(2019, 10, 15), true)));
    }

    [Test]
    public async Task UpdateAction_NewTimescaleText_ReadsItAgainAndClearsTheCorrection()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("x", Timescale: "Autumn 2019"));
        using var corrected = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/actions/{action.Id}/timescale", new CorrectTimescaleRequest(TimescaleKind.ByDate, DueDate: new DateOnly(2019, 10, 15)), etag, Json);

        using var response = await PutAsync(action, Unchanged(action) with { Timescale = new("December 2019") }, corrected.ETag());

        var updated = (await response.Content.ReadFromJsonAsync<ActionDto>(Json))!;
        Assert.That(updated.Timescale, Is.EqualTo(new TimescaleDto("December 2019", TimescaleKind.ByDate, null, new DateOnly(2019, 12, 31), TimescaleConfidence.High, false, null)));
    }

    [Test]
    public async Task UpdateAction_ReferenceOfAnotherAction_ReturnsConflictAndChangesNothing()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("x"));

        using var response = await PutAsync(action, Unchanged(action) with { ReferenceCode = "SYV-1.2", Text = "changed" }, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var (stored, storedETag) = await GetActionAsync(action.Id);
        Assert.That((stored.ReferenceCode, stored.Text, storedETag), Is.EqualTo((action.ReferenceCode, "x", etag)));
    }

    [Test]
    public async Task UpdateAction_UnknownLead_ReturnsValidationProblemNamingItAndChangesNothing()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("x"));

        using var response = await PutAsync(action, Unchanged(action) with { Text = "changed", Leads = [new(Guid.CreateVersion7(), IsPrimary: false)] }, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "leads[0].leadId" }));
        Assert.That((await GetActionAsync(action.Id)).ETag, Is.EqualTo(etag));
    }

    [TestCase("status")]
    [TestCase("leads")]
    [TestCase("referenceCode")]
    public async Task UpdateAction_MissingRequiredField_ReturnsValidationProblemNamingIt(string field)
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("x"));
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Unchanged(action), Json)!.AsObject();
        body.Remove(field);

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/actions/{action.Id}", body.ToJsonString(), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field).IgnoreCase);
    }

    [Test]
    public async Task UpdateAction_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, _) = await CreateActionAsync(objective.Id, new CreateActionRequest("x"));

        using var response = await PutAsync(action, Unchanged(action), etag: null);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
        await response.ProblemAsync();
    }

    [Test]
    public async Task UpdateAction_WithStaleETag_ReturnsPreconditionFailedWithTheCurrentActionAndItsRating()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, stale) = await CreateActionAsync(objective.Id, new CreateActionRequest("x"));
        using (var first = await PutAsync(action, Unchanged(action) with { Text = "First writer" }, stale))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var second = await PutAsync(action, Unchanged(action) with { Text = "Second writer" }, stale);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        var problem = await second.ProblemAsync();
        Assert.That(problem.GetProperty("current").GetProperty("text").GetString(), Is.EqualTo("First writer"));
        Assert.That(problem.GetProperty("current").GetProperty("rating").GetProperty("derivedReasonText").GetString(), Is.Not.Empty);
        Assert.That(problem.GetProperty("currentETag").GetString(), Is.EqualTo((await GetActionAsync(action.Id)).ETag));
        Assert.That((await GetActionAsync(action.Id)).Action.Text, Is.EqualTo("First writer"));
    }

    [Test]
    public async Task UpdateAction_Unknown_ReturnsNotFound()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("x"));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/actions/{Guid.CreateVersion7()}", Unchanged(action), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task CorrectTimescale_Valid_SetsTheDatesMarksItCorrectedAndKeepsTheText()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("x", Timescale: "Sometime soonish"));
        Assert.That(action.Timescale.Kind, Is.EqualTo(TimescaleKind.Unknown));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/actions/{action.Id}/timescale", new CorrectTimescaleRequest(TimescaleKind.Range, new DateOnly(2019, 6, 1), new DateOnly(2019, 12, 31)), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = (await response.Content.ReadFromJsonAsync<ActionDto>(Json))!;
        Assert.That(updated.Timescale, Is.EqualTo(new TimescaleDto("Sometime soonish", TimescaleKind.Range, new DateOnly(2019, 6, 1), new DateOnly(2019, 12, 31), TimescaleConfidence.High, true, null)));
        Assert.That(updated.Rating.DerivedReasonText, Is.EqualTo("overdue since 31 Dec 2019"), "the rating follows the corrected dates");
        Assert.That(response.ETag(), Is.Not.EqualTo(etag));
        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/actions/{action.Id}/history");
        Assert.That(history.Items[0].After!.Value.GetProperty("timescale.isCorrected").GetBoolean(), Is.True);
    }

    [TestCase("""{"kind":"Range","startDate":"2020-01-01","dueDate":"2019-01-01"}""", "dueDate")]
    [TestCase("""{"kind":"ByDate"}""", "dueDate")]
    [TestCase("""{"kind":"StartOnly","startDate":"2020-01-01","dueDate":"2020-02-01"}""", "dueDate")]
    [TestCase("""{"kind":"ToBeAgreed","startDate":"2020-01-01"}""", "startDate")]
    [TestCase("""{"startDate":"2020-01-01"}""", "kind")]
    [TestCase("""{"kind":"Someday"}""", "kind")]
    public async Task CorrectTimescale_Invalid_ReturnsValidationProblemNamingTheFieldAndChangesNothing(string body, string field)
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("x", Timescale: "Autumn 2019"));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/actions/{action.Id}/timescale", body, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field).IgnoreCase, errors.ToString());
        Assert.That((await GetActionAsync(action.Id)).ETag, Is.EqualTo(etag));
    }

    [Test]
    public async Task CorrectTimescale_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, _) = await CreateActionAsync(objective.Id, new CreateActionRequest("x"));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/actions/{action.Id}/timescale", new CorrectTimescaleRequest(TimescaleKind.Ongoing), ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
    }

    [Test]
    public async Task DeleteAction_WithProgressUpdates_ReturnsConflictAndKeepsIt()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("x"));
        using var posted = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/actions/{action.Id}/progress-updates", new CreateProgressUpdateRequest(ActionStatus.InProgress), etag, Json);
        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Created), await posted.Content.ReadAsStringAsync());

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/actions/{action.Id}", null, posted.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("Cancelled"));
        Assert.That(problem.GetProperty("dependents").GetProperty("progressUpdates").GetInt32(), Is.EqualTo(1));
        await GetActionAsync(action.Id);
    }

    [Test]
    public async Task DeleteAction_WithoutProgressUpdates_DeletesItWithItsLinksAndClosesTheGap()
    {
        var objective = await NewDemoObjectiveAsync();
        var first = (await CreateActionAsync(objective.Id, new CreateActionRequest("First"))).Action;
        var (doomed, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("Doomed", Leads: [new(await SeededLeadAsync("Police"), IsPrimary: false)], RecommendationNumbers: [1]));
        var last = (await CreateActionAsync(objective.Id, new CreateActionRequest("Last"))).Action;

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/actions/{doomed.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var gone = await Client.GetAsync(new Uri($"/api/v1/actions/{doomed.Id}", UriKind.Relative));
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(((await GetActionAsync(first.Id)).Action.Position, (await GetActionAsync(last.Id)).Action.Position), Is.EqualTo((1, 2)));
        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/actions/{doomed.Id}/history");
        Assert.That(history.Items[0].Operation, Is.EqualTo("Deleted"));
        Assert.That(history.Items[0].Before!.Value.EnumerateObject().Select(p => p.Name), Has.Some.StartsWith("leads["), "the links went with it, audited");
    }

    [Test]
    public async Task DeleteAction_WithStaleETag_ReturnsPreconditionFailed()
    {
        var objective = await NewDemoObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("x"));
        using (var update = await PutAsync(action, Unchanged(action) with { Text = "y" }, etag))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/actions/{action.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        await GetActionAsync(action.Id);
    }

    [Test]
    public async Task ReorderActions_WithTheObjectivesETag_SetsTheNewOrderAndChangesTheObjectivesETag()
    {
        var objective = await NewDemoObjectiveAsync();
        var a = (await CreateActionAsync(objective.Id, new CreateActionRequest("A"))).Action;
        var b = (await CreateActionAsync(objective.Id, new CreateActionRequest("B"))).Action;
        var c = (await CreateActionAsync(objective.Id, new CreateActionRequest("C"))).Action;
        using var objectiveRead = await Client.GetAsync(new Uri($"/api/v1/objectives/{objective.Id}", UriKind.Relative));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/objectives/{objective.Id}/actions/order", new ReorderRequest([b.Id, c.Id, a.Id]), objectiveRead.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var page = (await response.Content.ReadFromJsonAsync<Page<ActionDto>>(Json))!;
        Assert.That(page.Items.Select(x => (x.Text, x.Position)), Is.EqualTo(new[] { ("B", 1), ("C", 2), ("A", 3) }));
        Assert.That((await GetActionAsync(a.Id)).Action.Position, Is.EqualTo(3));
        using var again = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/objectives/{objective.Id}/actions/order", new ReorderRequest([a.Id, b.Id, c.Id]), objectiveRead.ETag(), Json);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed), "a reorder based on the old order is refused");
    }

    [Test]
    public async Task ReorderActions_MissingAnId_ReturnsValidationProblemAndChangesNothing()
    {
        var objective = await NewDemoObjectiveAsync();
        var a = (await CreateActionAsync(objective.Id, new CreateActionRequest("A"))).Action;
        var b = (await CreateActionAsync(objective.Id, new CreateActionRequest("B"))).Action;
        using var objectiveRead = await Client.GetAsync(new Uri($"/api/v1/objectives/{objective.Id}", UriKind.Relative));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/objectives/{objective.Id}/actions/order", new ReorderRequest([b.Id]), objectiveRead.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").GetProperty("ids")[0].GetString(), Does.Contain("missing"));
        Assert.That(((await GetActionAsync(a.Id)).Action.Position, (await GetActionAsync(b.Id)).Action.Position), Is.EqualTo((1, 2)));
    }

    [Test]
    public async Task ActionHistory_AfterCreateAndUpdate_RecordsFieldAndLinkChanges()
    {
        var objective = await NewDemoObjectiveAsync();
        var police = await SeededLeadAsync("Police");
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("Before"));
        using (var update = await PutAsync(action, Unchanged(action) with { Text = "After", Leads = [new(police, IsPrimary: false)] }, etag))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/actions/{action.Id}/history");

        Assert.That(history.Items.Select(h => h.Operation), Is.EqualTo(new[] { "Updated", "Created" }));
        var change = history.Items[0];
        Assert.That(change.Before!.Value.GetProperty("text").GetString(), Is.EqualTo("Before"));
        Assert.That(change.After!.Value.GetProperty("text").GetString(), Is.EqualTo("After"));
        Assert.That(change.After!.Value.GetProperty($"leads[{police}]").GetProperty("isPrimary").GetBoolean(), Is.True);
    }

    [Test]
    public async Task ActionHistory_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/actions/{Guid.CreateVersion7()}/history", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
