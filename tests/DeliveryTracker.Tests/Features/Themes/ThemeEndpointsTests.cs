using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Themes;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Themes;

/// <summary>Each test works in a plan of its own, so tests never see each other's themes.</summary>
public sealed class ThemeEndpointsTests : ApiFixture
{

    private async Task<(ThemeDto Theme, string ETag)> CreateAsync(Guid planId, string code, int? position = null)
    {
        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/plans/{planId}/themes", UriKind.Relative), new CreateThemeRequest(code, $"Theme {code}", position), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<ThemeDto>(Json))!, response.ETag());
    }

    private async Task<IReadOnlyList<string>> CodesInOrderAsync(Guid planId) =>
        (await GetJsonAsync<Page<ThemeDto>>($"/api/v1/themes?planId={planId}")).Items.Select(t => t.Code).ToList();

    [Test]
    public async Task CreateTheme_Valid_ReturnsCreatedWithLocationAndETag()
    {
        var planId = await NewPlanAsync();

        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/plans/{planId}/themes", UriKind.Relative), new CreateThemeRequest("ASB", "Anti-social behaviour"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var theme = (await response.Content.ReadFromJsonAsync<ThemeDto>(Json))!;
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/themes/{theme.Id}"));
        Assert.That((theme.PlanId, theme.Code, theme.Title, theme.Position), Is.EqualTo((planId, "ASB", "Anti-social behaviour", 1)));
        using var get = await Client.GetAsync(new Uri($"/api/v1/themes/{theme.Id}", UriKind.Relative));
        Assert.That(get.ETag(), Is.EqualTo(response.ETag()));
    }

    [Test]
    public async Task CreateTheme_AtAPosition_MovesLaterThemesDown()
    {
        var planId = await NewPlanAsync();
        await CreateAsync(planId, "A");
        await CreateAsync(planId, "B");

        await CreateAsync(planId, "C", position: 1);

        Assert.That(await CodesInOrderAsync(planId), Is.EqualTo(new[] { "C", "A", "B" }));
    }

    [Test]
    public async Task CreateTheme_UnknownPlan_ReturnsNotFound()
    {
        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/plans/{Guid.CreateVersion7()}/themes", UriKind.Relative), new CreateThemeRequest("X", "X"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task CreateTheme_DuplicateCodeInPlan_ReturnsConflict()
    {
        var planId = await NewPlanAsync();
        await CreateAsync(planId, "DUP");

        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/plans/{planId}/themes", UriKind.Relative), new CreateThemeRequest("DUP", "Again"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo(409));
    }

    [TestCase("""{"code":"lower","title":"T"}""", "code")]
    [TestCase("""{"code":"OK","title":""}""", "title")]
    [TestCase("""{"code":"OK"}""", "title")]
    [TestCase("""{"code":"OK","title":"T","position":0}""", "position")]
    public async Task CreateTheme_InvalidField_ReturnsValidationProblemNamingIt(string body, string field)
    {
        var planId = await NewPlanAsync();

        using var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/plans/{planId}/themes", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field), errors.ToString());
        Assert.That(await CodesInOrderAsync(planId), Is.Empty, "nothing is half-written");
    }

    [TestCase("""{"code":"OK","title":"T","colour":"red"}""", "colour")]
    [TestCase("""{"code":"OK","title":"T","position":"first"}""", "position")]
    [TestCase("""{"code":"OK","title":""", "")]
    public async Task CreateTheme_MalformedJson_ReturnsProblemNamingThePath(string body, string path)
    {
        var planId = await NewPlanAsync();

        using var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/plans/{planId}/themes", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.StartsWith(path), problem.ToString());
        Assert.That(problem.ToString(), Does.Not.Contain("DeliveryTracker."), "no .NET type names leak");
    }

    [Test]
    public async Task UpdateTheme_WithCurrentETag_ChangesItAndIssuesANewETag()
    {
        var (theme, etag) = await CreateAsync(await NewPlanAsync(), "OLD");

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/themes/{theme.Id}", new UpdateThemeRequest("NEW", "Renamed"), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var updated = (await response.Content.ReadFromJsonAsync<ThemeDto>(Json))!;
        Assert.That((updated.Code, updated.Title), Is.EqualTo(("NEW", "Renamed")));
        Assert.That(response.ETag(), Is.Not.EqualTo(etag));
    }

    [Test]
    public async Task UpdateTheme_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var (theme, _) = await CreateAsync(await NewPlanAsync(), "T");

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/themes/{theme.Id}", new UpdateThemeRequest("T", "x"), ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
        await response.ProblemAsync();
    }

    [Test]
    public async Task UpdateTheme_WithStaleETag_ReturnsPreconditionFailedWithTheCurrentVersion()
    {
        var (theme, staleETag) = await CreateAsync(await NewPlanAsync(), "T");
        using (var first = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/themes/{theme.Id}", new UpdateThemeRequest("T", "First writer"), staleETag, Json))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var second = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/themes/{theme.Id}", new UpdateThemeRequest("T", "Second writer"), staleETag, Json);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        var problem = await second.ProblemAsync();
        Assert.That(problem.GetProperty("current").GetProperty("title").GetString(), Is.EqualTo("First writer"));
        Assert.That(problem.GetProperty("currentETag").GetString(), Is.Not.EqualTo(staleETag).And.Not.Empty);
        var stored = await GetJsonAsync<ThemeDto>($"/api/v1/themes/{theme.Id}");
        Assert.That(stored.Title, Is.EqualTo("First writer"), "the stale write changed nothing");
    }

    [Test]
    public async Task DeleteTheme_WithObjectives_ReturnsConflictNamingThem()
    {
        var plans = await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans");
        var plan = await GetJsonAsync<PlanDto>($"/api/v1/plans/{plans.Items.Single(p => p.Title == "Building Safer Communities – Delivery Plan").Id}");
        var seeded = plan.Themes.Single(t => t.Code == "CCTV");
        using var get = await Client.GetAsync(new Uri($"/api/v1/themes/{seeded.Id}", UriKind.Relative));

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/themes/{seeded.Id}", null, get.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var objectives = (await response.ProblemAsync()).GetProperty("dependents").GetProperty("objectives");
        Assert.That(objectives.EnumerateArray().Select(o => o.GetProperty("title").GetString()), Is.EquivalentTo(seeded.Objectives.Select(o => o.Title)));
        Assert.That(objectives[0].GetProperty("title").GetString(), Does.Contain("CCTV"));
    }

    [Test]
    public async Task DeleteTheme_Empty_RemovesItAndClosesTheGap()
    {
        var planId = await NewPlanAsync();
        await CreateAsync(planId, "A");
        var (middle, etag) = await CreateAsync(planId, "B");
        await CreateAsync(planId, "C");

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/themes/{middle.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var themes = (await GetJsonAsync<Page<ThemeDto>>($"/api/v1/themes?planId={planId}")).Items;
        Assert.That(themes.Select(t => (t.Code, t.Position)), Is.EqualTo(new[] { ("A", 1), ("C", 2) }));
    }

    [Test]
    public async Task ReorderThemes_WithEveryId_SetsTheNewOrder()
    {
        var planId = await NewPlanAsync();
        var a = (await CreateAsync(planId, "A")).Theme;
        var b = (await CreateAsync(planId, "B")).Theme;
        var c = (await CreateAsync(planId, "C")).Theme;
        using var plan = await Client.GetAsync(new Uri($"/api/v1/plans/{planId}", UriKind.Relative));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/themes/order", new ReorderRequest([c.Id, a.Id, b.Id]), plan.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await CodesInOrderAsync(planId), Is.EqualTo(new[] { "C", "A", "B" }));
        using var again = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/themes/order", new ReorderRequest([a.Id, b.Id, c.Id]), plan.ETag(), Json);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed), "a reorder based on the old order is refused");
    }

    [Test]
    public async Task ReorderThemes_MissingAnId_ReturnsValidationProblemAndChangesNothing()
    {
        var planId = await NewPlanAsync();
        var a = (await CreateAsync(planId, "A")).Theme;
        await CreateAsync(planId, "B");
        using var plan = await Client.GetAsync(new Uri($"/api/v1/plans/{planId}", UriKind.Relative));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/themes/order", new ReorderRequest([a.Id]), plan.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").GetProperty("ids")[0].GetString(), Does.Contain("missing"));
        Assert.That(await CodesInOrderAsync(planId), Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public async Task ThemeHistory_AfterCreateAndUpdate_RecordsBothWithBeforeAndAfter()
    {
        var (theme, etag) = await CreateAsync(await NewPlanAsync(), "H");
        using (var update = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/themes/{theme.Id}", new UpdateThemeRequest("H", "New title"), etag, Json))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/themes/{theme.Id}/history");

        Assert.That(history.Items.Select(h => h.Operation), Is.EqualTo(new[] { "Updated", "Created" }));
        var change = history.Items[0];
        Assert.That(change.Before!.Value.GetProperty("title").GetString(), Is.EqualTo("Theme H"));
        Assert.That(change.After!.Value.GetProperty("title").GetString(), Is.EqualTo("New title"));
        Assert.That(change.After!.Value.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "title" }), "only changed properties");
        Assert.That(change.Actor, Is.EqualTo("programmemanager@tests.example"));
    }
}
