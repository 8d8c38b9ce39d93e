using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Actions;

/// <summary>
/// The list's default order is plan order (theme, objective, action position) and its reference sort is natural, on a
/// plan built here so that plan order, natural order and character order all differ: a theme and an objective are
/// inserted in front of ones that already have actions (so the database's copy of their positions must follow), and
/// the references ZED-1.10 / ZED-1.9 sort one way by character and the other way by number.
/// </summary>
public sealed class ActionListOrderTests : ApiFixture
{
    private Guid _planId;

    [OneTimeSetUp]
    public async Task BuildThePlanAsync()
    {
        _planId = (await PostAsync<JsonElement>("/api/v1/plans", new { title = $"Order {Guid.NewGuid():N}", periodStart = "2019-04-01", periodEnd = "2022-03-31" })).GetProperty("id").GetGuid();
        var zed = await CreateThemeAsync("ZED", position: null);
        var zedObjective = await CreateObjectiveAsync(zed, position: null);
        await CreateActionAsync(zedObjective, "ZED-1.10", position: null);
        await CreateActionAsync(zedObjective, "ZED-1.9", position: null);

        var abc = await CreateThemeAsync("ABC", position: 1);
        var first = await CreateObjectiveAsync(abc, position: null);
        await CreateActionAsync(first, "ABC-1.2", position: null);
        await CreateActionAsync(first, "ABC-1.1", position: 1);
        var inFront = await CreateObjectiveAsync(abc, position: 1);
        await CreateActionAsync(inFront, "ABC-2.1", position: null);
    }

    [Test]
    public async Task ListActions_ByDefault_FollowsThePlanTreeAcrossPages()
    {
        var plan = await GetJsonAsync<PlanDto>($"/api/v1/plans/{_planId}");
        var tree = plan.Themes.OrderBy(t => t.Position)
            .SelectMany(t => t.Objectives.OrderBy(o => o.Position))
            .SelectMany(o => o.Actions.OrderBy(a => a.Position))
            .Select(a => a.ReferenceCode)
            .ToList();

        var listed = await AllPagesAsync($"planId={_planId}&limit=2");

        Assert.That(tree, Is.EqualTo(new[] { "ABC-2.1", "ABC-1.1", "ABC-1.2", "ZED-1.10", "ZED-1.9" }));
        Assert.That(listed, Is.EqualTo(tree));
    }

    [Test]
    public async Task ListActions_SortedByReference_IsNaturalAcrossPages()
    {
        var listed = await AllPagesAsync($"planId={_planId}&sort=Reference&limit=2");

        Assert.That(listed, Is.EqualTo(new[] { "ABC-1.1", "ABC-1.2", "ABC-2.1", "ZED-1.9", "ZED-1.10" }));
    }

    [Test]
    public async Task ListActions_PlanOrderCursorUsedForTheReferenceSort_IsRefused()
    {
        var first = await GetJsonAsync<Page<ActionSummaryDto>>($"/api/v1/actions?planId={_planId}&limit=1");

        using var response = await Client.GetAsync(new Uri($"/api/v1/actions?planId={_planId}&limit=1&sort=Reference&cursor={first.NextCursor}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private async Task<List<string>> AllPagesAsync(string query)
    {
        var references = new List<string>();
        string? cursor = null;
        do
        {
            var page = await GetJsonAsync<Page<ActionSummaryDto>>($"/api/v1/actions?{query}{(cursor is null ? "" : "&cursor=" + cursor)}");
            references.AddRange(page.Items.Select(a => a.ReferenceCode));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return references;
    }

    private async Task<Guid> CreateThemeAsync(string code, int? position) =>
        (await PostAsync<JsonElement>($"/api/v1/plans/{_planId}/themes", new { code, title = $"Theme {code}", position })).GetProperty("id").GetGuid();

    private async Task<Guid> CreateObjectiveAsync(Guid themeId, int? position) =>
        (await PostAsync<JsonElement>($"/api/v1/themes/{themeId}/objectives", new { title = $"Objective {Guid.NewGuid():N}", position })).GetProperty("id").GetGuid();

    private Task<JsonElement> CreateActionAsync(Guid objectiveId, string referenceCode, int? position) =>
        PostAsync<JsonElement>($"/api/v1/objectives/{objectiveId}/actions", new { text = $"Action {referenceCode}", referenceCode, position });

    private async Task<T> PostAsync<T>(string path, object body)
    {
        using var response = await Client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }
}
