using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Objectives;
using DeliveryTracker.Contracts.Themes;
using DeliveryTracker.Tests.Features.Actions;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Objectives;

/// <summary>Write tests work in a plan and theme of their own; the seeded demo plan is only read.</summary>
public sealed class ObjectiveEndpointsTests : DeliveryPlanFixture
{
    private async Task<ThemeDto> NewThemeAsync()
    {
        var planId = await NewPlanAsync();
        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/plans/{planId}/themes", UriKind.Relative), new CreateThemeRequest("OBJ", "Objectives theme"), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return (await response.Content.ReadFromJsonAsync<ThemeDto>(Json))!;
    }

    private async Task<IReadOnlyList<string>> TitlesInOrderAsync(Guid themeId) =>
        (await GetJsonAsync<Page<ObjectiveDto>>($"/api/v1/objectives?themeId={themeId}")).Items.Select(o => o.Title).ToList();

    [Test]
    public async Task CreateObjective_Valid_ReturnsCreatedWithLocationAndETag()
    {
        var theme = await NewThemeAsync();

        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/themes/{theme.Id}/objectives", UriKind.Relative), new CreateObjectiveRequest("Reduce reoffending"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var objective = (await response.Content.ReadFromJsonAsync<ObjectiveDto>(Json))!;
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/objectives/{objective.Id}"));
        Assert.That((objective.PlanId, objective.ThemeId, objective.Title, objective.Position, objective.ActionCount), Is.EqualTo((theme.PlanId, theme.Id, "Reduce reoffending", 1, 0)));
        using var get = await Client.GetAsync(new Uri($"/api/v1/objectives/{objective.Id}", UriKind.Relative));
        Assert.That(get.ETag(), Is.EqualTo(response.ETag()));
    }

    [Test]
    public async Task CreateObjective_AtAPosition_MovesLaterObjectivesDown()
    {
        var theme = await NewThemeAsync();
        await CreateObjectiveAsync(theme.Id, "A");
        await CreateObjectiveAsync(theme.Id, "B");

        await CreateObjectiveAsync(theme.Id, "C", position: 2);

        var objectives = (await GetJsonAsync<Page<ObjectiveDto>>($"/api/v1/objectives?themeId={theme.Id}")).Items;
        Assert.That(objectives.Select(o => (o.Title, o.Position)), Is.EqualTo(new[] { ("A", 1), ("C", 2), ("B", 3) }));
    }

    [Test]
    public async Task CreateObjective_UnknownTheme_ReturnsNotFound()
    {
        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/themes/{Guid.CreateVersion7()}/objectives", UriKind.Relative), new CreateObjectiveRequest("X"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("""{"title":""}""", "title")]
    [TestCase("""{}""", "title")]
    [TestCase("""{"title":"T","position":0}""", "position")]
    public async Task CreateObjective_InvalidField_ReturnsValidationProblemNamingIt(string body, string field)
    {
        var theme = await NewThemeAsync();

        using var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/themes/{theme.Id}/objectives", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field).IgnoreCase, errors.ToString());
        Assert.That(await TitlesInOrderAsync(theme.Id), Is.Empty, "nothing is half-written");
    }

    [Test]
    public async Task CreateObjective_TitleLongerThanTheColumn_ReturnsValidationProblemNamingTitle()
    {
        var theme = await NewThemeAsync();

        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/themes/{theme.Id}/objectives", UriKind.Relative), new CreateObjectiveRequest(new string('x', 1001)), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.EqualTo("title").IgnoreCase);
    }

    [TestCase("""{"title":"T","colour":"red"}""", "colour")]
    [TestCase("""{"title":"T","position":"first"}""", "position")]
    [TestCase("""{"title":""", "")]
    public async Task CreateObjective_MalformedJson_ReturnsProblemNamingThePath(string body, string path)
    {
        var theme = await NewThemeAsync();

        using var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/themes/{theme.Id}/objectives", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.StartsWith(path), problem.ToString());
        Assert.That(await TitlesInOrderAsync(theme.Id), Is.Empty);
    }

    [Test]
    public async Task GetObjective_Seeded_CountsItsActions()
    {
        var seeded = (await DemoPlanAsync()).Themes.Single(t => t.Code == "SYV").Objectives[0];

        var objective = await GetJsonAsync<ObjectiveDto>($"/api/v1/objectives/{seeded.Id}");

        Assert.That((objective.Title, objective.Position, objective.ActionCount), Is.EqualTo((seeded.Title, 1, seeded.Actions.Count)));
    }

    [Test]
    public async Task GetObjective_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/objectives/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task UpdateObjective_WithCurrentETag_ChangesTitleAndIssuesANewETag()
    {
        var (objective, etag) = await CreateObjectiveAsync((await NewThemeAsync()).Id, "Old");

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/objectives/{objective.Id}", new UpdateObjectiveRequest("New"), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.Content.ReadFromJsonAsync<ObjectiveDto>(Json))!.Title, Is.EqualTo("New"));
        Assert.That(response.ETag(), Is.Not.EqualTo(etag));
    }

    [Test]
    public async Task UpdateObjective_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var (objective, _) = await CreateObjectiveAsync((await NewThemeAsync()).Id, "T");

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/objectives/{objective.Id}", new UpdateObjectiveRequest("x"), ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
        await response.ProblemAsync();
    }

    [Test]
    public async Task UpdateObjective_WithStaleETag_ReturnsPreconditionFailedWithTheCurrentVersion()
    {
        var (objective, stale) = await CreateObjectiveAsync((await NewThemeAsync()).Id, "T");
        using (var first = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/objectives/{objective.Id}", new UpdateObjectiveRequest("First writer"), stale, Json))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var second = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/objectives/{objective.Id}", new UpdateObjectiveRequest("Second writer"), stale, Json);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((await second.ProblemAsync()).GetProperty("current").GetProperty("title").GetString(), Is.EqualTo("First writer"));
        Assert.That((await GetJsonAsync<ObjectiveDto>($"/api/v1/objectives/{objective.Id}")).Title, Is.EqualTo("First writer"));
    }

    [Test]
    public async Task DeleteObjective_WithActions_ReturnsConflictNamingThemByReference()
    {
        var seeded = (await DemoPlanAsync()).Themes.Single(t => t.Code == "SYV").Objectives[0];
        using var get = await Client.GetAsync(new Uri($"/api/v1/objectives/{seeded.Id}", UriKind.Relative));

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/objectives/{seeded.Id}", null, get.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var actions = (await response.ProblemAsync()).GetProperty("dependents").GetProperty("actions");
        Assert.That(actions.EnumerateArray().Select(a => a.GetProperty("referenceCode").GetString()), Is.EqualTo(seeded.Actions.Select(a => a.ReferenceCode)));
        Assert.That(actions.EnumerateArray().Select(a => a.GetProperty("referenceCode").GetString()), Does.Contain("SYV-1.1"));
    }

    [Test]
    public async Task DeleteObjective_Empty_RemovesItAndClosesTheGap()
    {
        var theme = await NewThemeAsync();
        await CreateObjectiveAsync(theme.Id, "A");
        var (middle, etag) = await CreateObjectiveAsync(theme.Id, "B");
        await CreateObjectiveAsync(theme.Id, "C");

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/objectives/{middle.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var objectives = (await GetJsonAsync<Page<ObjectiveDto>>($"/api/v1/objectives?themeId={theme.Id}")).Items;
        Assert.That(objectives.Select(o => (o.Title, o.Position)), Is.EqualTo(new[] { ("A", 1), ("C", 2) }));
        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/objectives/{middle.Id}/history");
        Assert.That(history.Items[0].Operation, Is.EqualTo("Deleted"), "the deletion is audited");
    }

    [Test]
    public async Task ReorderObjectives_WithTheThemesETag_SetsTheNewOrderAndChangesTheThemesETag()
    {
        var theme = await NewThemeAsync();
        var a = (await CreateObjectiveAsync(theme.Id, "A")).Objective;
        var b = (await CreateObjectiveAsync(theme.Id, "B")).Objective;
        var c = (await CreateObjectiveAsync(theme.Id, "C")).Objective;
        using var themeRead = await Client.GetAsync(new Uri($"/api/v1/themes/{theme.Id}", UriKind.Relative));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/themes/{theme.Id}/objectives/order", new ReorderRequest([c.Id, a.Id, b.Id]), themeRead.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await response.Content.ReadFromJsonAsync<Page<ObjectiveDto>>(Json))!.Items.Select(o => o.Title), Is.EqualTo(new[] { "C", "A", "B" }));
        Assert.That(await TitlesInOrderAsync(theme.Id), Is.EqualTo(new[] { "C", "A", "B" }));
        using var themeAfter = await Client.GetAsync(new Uri($"/api/v1/themes/{theme.Id}", UriKind.Relative));
        Assert.That(themeAfter.ETag(), Is.EqualTo(response.ETag()).And.Not.EqualTo(themeRead.ETag()));
        using var again = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/themes/{theme.Id}/objectives/order", new ReorderRequest([a.Id, b.Id, c.Id]), themeRead.ETag(), Json);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed), "a reorder based on the old order is refused");
    }

    [Test]
    public async Task ReorderObjectives_WithAnotherThemesObjective_ReturnsValidationProblemAndChangesNothing()
    {
        var theme = await NewThemeAsync();
        var a = (await CreateObjectiveAsync(theme.Id, "A")).Objective;
        var b = (await CreateObjectiveAsync(theme.Id, "B")).Objective;
        var stranger = await NewDemoObjectiveAsync();
        using var themeRead = await Client.GetAsync(new Uri($"/api/v1/themes/{theme.Id}", UriKind.Relative));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/themes/{theme.Id}/objectives/order", new ReorderRequest([b.Id, a.Id, stranger.Id]), themeRead.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").GetProperty("ids")[0].GetString(), Does.Contain(stranger.Id.ToString()));
        Assert.That(await TitlesInOrderAsync(theme.Id), Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public async Task ReorderObjectives_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var theme = await NewThemeAsync();
        var a = (await CreateObjectiveAsync(theme.Id, "A")).Objective;

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/themes/{theme.Id}/objectives/order", new ReorderRequest([a.Id]), ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
    }

    [Test]
    public async Task ObjectiveHistory_AfterCreateAndUpdate_RecordsBothWithBeforeAndAfter()
    {
        var (objective, etag) = await CreateObjectiveAsync((await NewThemeAsync()).Id, "Before");
        using (var update = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/objectives/{objective.Id}", new UpdateObjectiveRequest("After"), etag, Json))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/objectives/{objective.Id}/history");

        Assert.That(history.Items.Select(h => h.Operation), Is.EqualTo(new[] { "Updated", "Created" }));
        Assert.That(history.Items[0].Before!.Value.GetProperty("title").GetString(), Is.EqualTo("Before"));
        Assert.That(history.Items[0].After!.Value.GetProperty("title").GetString(), Is.EqualTo("After"));
    }

    [Test]
    public async Task ObjectiveHistory_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/objectives/{Guid.CreateVersion7()}/history", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task CreateAction_UnderANewObjective_CountsOnTheObjective()
    {
        var objective = await NewDemoObjectiveAsync();
        await CreateActionAsync(objective.Id, new CreateActionRequest("Counted"));

        var read = await GetJsonAsync<ObjectiveDto>($"/api/v1/objectives/{objective.Id}");

        Assert.That(read.ActionCount, Is.EqualTo(1));
    }
}
