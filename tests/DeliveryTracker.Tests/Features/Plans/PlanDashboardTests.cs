using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.ApiKeys;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Kpis;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Plans;

/// <summary>
/// <c>GET /api/v1/plans/{planId}/dashboard</c> over a small plan built here (1 Apr 2024 – 31 Mar 2025, default settings:
/// due soon 30 days, stale 60), read as of fixed dates: its counts equal what the actions list gives with the same
/// filters, themes add up to the plan, KPI trends run oldest first, and the latest updates stop at the end of the
/// as-of day in London.
/// </summary>
public sealed class PlanDashboardTests : ApiFixture
{
    private static readonly string[] AsOfDates = ["2024-06-15", "2024-10-01", "2024-10-02"];

    private Guid _planId;
    private readonly Dictionary<string, Guid> _actions = [];
    private Guid _monthlyKpiId;
    private Guid _unmeasuredKpiId;

    [OneTimeSetUp]
    public async Task BuildThePlanAsync()
    {
        _planId = await NewPlanAsync();
        var themeA = await NewObjectiveAsync(_planId, "A");
        var themeB = await NewObjectiveAsync(_planId, "B");
        await NewObjectiveAsync(_planId, "C"); // a theme with no actions: listed, all zero

        var later = "2025-03-01";
        await AddActionAsync(themeA.Id, "A-1.1", ActionStatus.NotStarted, "2024-09-01"); // overdue from 2 Sep, stale
        await AddActionAsync(themeA.Id, "A-1.2", ActionStatus.NotStarted, "2024-10-20"); // due soon in October
        await AddActionAsync(themeA.Id, "A-1.3", ActionStatus.Blocked, later);           // blocked
        await AddActionAsync(themeA.Id, "A-1.4", ActionStatus.Completed, later);         // never flagged
        await AddActionAsync(themeB.Id, "B-1.1", ActionStatus.Cancelled, "2024-09-01");  // excluded, never flagged
        await AddActionAsync(themeB.Id, "B-1.2", ActionStatus.InProgress, later);        // updated: Green
        await AddActionAsync(themeB.Id, "B-1.3", ActionStatus.InProgress, later);        // reported Red
        await AddActionAsync(themeB.Id, "B-1.4", ActionStatus.NotStarted, null);         // no due date: Not rated, stale

        // Updates in the past, by SQL (the API stamps them now). A-1.3's is 23:30 BST on 1 Oct (22:30 UTC), A-1.2's
        // 00:30 BST on 2 Oct (23:30 UTC on 1 Oct): only the first was posted by the end of 1 Oct in London.
        await TestRows.ExecuteAsync(
            ConnectionString,
            """
            INSERT INTO progress_updates (id, action_id, author_name, posted_at, status, reported_rag, justification, note, evidence_links)
            VALUES (gen_random_uuid(), @a11, 'Lead A', '2024-06-01T10:00:00Z', 'NotStarted', NULL, NULL, 'Waiting for the partner', '{}'),
                   (gen_random_uuid(), @b12, 'Lead B', '2024-07-01T10:00:00Z', 'InProgress', NULL, NULL, 'Started', '{}'),
                   (gen_random_uuid(), @a14, 'Lead A', '2024-08-01T10:00:00Z', 'Completed', NULL, NULL, 'Done', '{}'),
                   (gen_random_uuid(), @b12, 'Lead B', '2024-09-15T10:00:00Z', 'InProgress', 'Green', NULL, 'On track', '{}'),
                   (gen_random_uuid(), @b13, 'Lead B', '2024-09-20T10:00:00Z', 'InProgress', 'Red', 'Partner funding withdrawn', 'Funding gap', '{}'),
                   (gen_random_uuid(), @a13, 'Lead A', '2024-10-01T22:30:00Z', 'Blocked', NULL, NULL, 'Still waiting on the police', '{}'),
                   (gen_random_uuid(), @a12, 'Lead A', '2024-10-01T23:30:00Z', 'InProgress', NULL, NULL, 'Kicked off', '{}');
            """,
            ("a11", _actions["A-1.1"]), ("a12", _actions["A-1.2"]), ("a13", _actions["A-1.3"]), ("a14", _actions["A-1.4"]),
            ("b12", _actions["B-1.2"]), ("b13", _actions["B-1.3"]));

        _monthlyKpiId = await CreateKpiAsync("Monthly");
        _unmeasuredKpiId = await CreateKpiAsync("Unmeasured");
        // Monthly figures January to October 2024, recorded out of order; October's period ends after 1 Oct.
        foreach (var month in new[] { 5, 1, 10, 3, 9, 2, 7, 4, 8, 6 })
        {
            var start = new DateOnly(2024, month, 1);
            var request = new CreateKpiMeasurementRequest($"2024-{month:00}", start, start.AddMonths(1).AddDays(-1), 60m + month);
            using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/kpis/{_monthlyKpiId}/measurements", UriKind.Relative), request, Json);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        }
    }

    private async Task AddActionAsync(Guid objectiveId, string reference, ActionStatus status, string? due)
    {
        var (action, _) = await CreateActionAsync(objectiveId, new CreateActionRequest($"Action {reference}", ReferenceCode: reference, Status: status, Timescale: due));
        _actions[reference] = action.Id;
    }

    private async Task<Guid> CreateKpiAsync(string name)
    {
        var request = new CreateKpiRequest(
            $"DASH-{Guid.NewGuid():N}"[..20].ToUpperInvariant(), name, KpiUnit.Percent, KpiDirection.HigherIsBetter, KpiFrequency.Monthly, KpiLifecycle.Reporting,
            Target: 65m, AmberTolerance: 3m, PublicationLagDays: 30, PlanId: _planId);
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/kpis", UriKind.Relative), request, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<KpiDto>(Json))!.Id;
    }

    private Task<PlanDashboardDto> DashboardAsync(string asOf) => GetJsonAsync<PlanDashboardDto>($"/api/v1/plans/{_planId}/dashboard?asOf={asOf}");

    private async Task<List<ActionSummaryDto>> ListAsync(string query) =>
        (await GetJsonAsync<Page<ActionSummaryDto>>($"/api/v1/actions?planId={_planId}&limit=200&{query}")).Items.ToList();

    [TestCaseSource(nameof(AsOfDates))]
    public async Task Dashboard_AttentionCounts_EqualTheActionsListWithTheSameFilters(string asOf)
    {
        var dashboard = await DashboardAsync(asOf);

        var listed = new AttentionCountsDto(
            (await ListAsync($"asOf={asOf}&overdue=true")).Count,
            (await ListAsync($"asOf={asOf}&dueSoon=true")).Count,
            (await ListAsync($"asOf={asOf}&stale=true")).Count,
            (await ListAsync($"asOf={asOf}&blocked=true")).Count);

        Assert.That(dashboard.Attention, Is.EqualTo(listed));
        Assert.That(dashboard.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(asOf));
    }

    [Test]
    public async Task Dashboard_AttentionCounts_AsOfFirstOctober_AreTheHandCountedOnes()
    {
        var dashboard = await DashboardAsync("2024-10-01");

        // Overdue. Due soon: A-1.2 (20 Oct). Stale: A-1.1 (update 1 Jun), A-1.2 (never, as of then), B-1.4
        // (never); not A-1.3 (updated that evening), B-1.2/B-1.3 (September), A-1.4/B-1.1 (closed). Blocked.
        Assert.That(dashboard.Attention, Is.EqualTo(new AttentionCountsDto(Overdue: 1, DueSoon: 1, Stale: 3, Blocked: 1)));
    }

    [TestCaseSource(nameof(AsOfDates))]
    public async Task Dashboard_RatingCounts_EqualTheActionsListsEffectiveRatings_AndThemesAddUpToThePlan(string asOf)
    {
        var dashboard = await DashboardAsync(asOf);
        var all = await ListAsync($"asOf={asOf}");

        Assert.Multiple(() =>
        {
            Assert.That(dashboard.Ratings.Total, Is.EqualTo(all.Count));
            Assert.That(dashboard.Ratings.Excluded, Is.EqualTo(all.Count(a => a.Rating.Effective is null)));
            Assert.That(dashboard.Ratings.Counts.Keys, Is.EquivalentTo(new[] { RagRating.Green, RagRating.Amber, RagRating.Red, RagRating.Complete, RagRating.NotRated }));
            foreach (var (rating, count) in dashboard.Ratings.Counts)
            {
                Assert.That(count, Is.EqualTo(all.Count(a => a.Rating.Effective == rating)), rating.ToString());
                Assert.That(dashboard.Themes.Sum(t => t.Ratings.Counts[rating]), Is.EqualTo(count), $"themes' {rating}");
            }

            Assert.That(dashboard.Themes.Sum(t => t.Ratings.Total), Is.EqualTo(dashboard.Ratings.Total));
            Assert.That(dashboard.Themes.Sum(t => t.Ratings.Excluded), Is.EqualTo(dashboard.Ratings.Excluded));
            foreach (var theme in dashboard.Themes)
            {
                Assert.That(theme.Ratings.Total, Is.EqualTo(all.Count(a => a.ThemeId == theme.ThemeId)), theme.Code);
            }
        });
    }

    [Test]
    public async Task Dashboard_Themes_AreInPlanOrder_WithAnEmptyThemeListedAtZero()
    {
        var dashboard = await DashboardAsync("2024-10-01");

        Assert.That(dashboard.Themes.Select(t => t.Code), Is.EqualTo(new[] { "A", "B", "C" }));
        var empty = dashboard.Themes[2].Ratings;
        Assert.That((empty.Total, empty.Excluded, empty.Counts.Values.Distinct().Single(), empty.Counts.Count), Is.EqualTo((0, 0, 0, 5)));
        // B as of 1 Oct: B-1.1 cancelled, B-1.2 Green (reported), B-1.3 Red (reported), B-1.4 Not rated.
        var b = dashboard.Themes[1].Ratings;
        Assert.That((b.Total, b.Excluded, b.Counts[RagRating.Green], b.Counts[RagRating.Red], b.Counts[RagRating.NotRated]), Is.EqualTo((4, 1, 1, 1, 1)));
    }

    [Test]
    public async Task Dashboard_OnAFivePointPlan_ListsEveryRatingOfTheScale()
    {
        var planId = await NewPlanAsync(ragScale: RagScale.FivePoint);

        var dashboard = await GetJsonAsync<PlanDashboardDto>($"/api/v1/plans/{planId}/dashboard?asOf=2024-10-01");

        Assert.Multiple(() =>
        {
            Assert.That(dashboard.RagScale, Is.EqualTo(RagScale.FivePoint));
            Assert.That(dashboard.Ratings.Counts.Keys, Is.EquivalentTo(Enum.GetValues<RagRating>()));
            Assert.That(dashboard.Ratings.Counts.Values, Is.All.Zero);
            Assert.That((dashboard.Ratings.Total, dashboard.Themes.Count, dashboard.Kpis.Count, dashboard.LatestUpdates.Count), Is.EqualTo((0, 0, 0, 0)));
        });
    }

    [Test]
    public async Task Dashboard_KpiTiles_ShowTheLastEightMeasurementsByTheDate_OldestFirst_EndingOnTheRatedOne()
    {
        var dashboard = await DashboardAsync("2024-10-01");
        var tile = dashboard.Kpis.Single(k => k.Id == _monthlyKpiId);
        var unmeasured = dashboard.Kpis.Single(k => k.Id == _unmeasuredKpiId);

        Assert.Multiple(() =>
        {
            // January to September ended by 1 Oct (October has not): the last eight are February to September.
            Assert.That(tile.Trend.Select(p => p.PeriodLabel), Is.EqualTo(new[] { "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09" }));
            Assert.That(tile.Trend.Select(p => p.Value), Is.EqualTo(new[] { 62m, 63m, 64m, 65m, 66m, 67m, 68m, 69m }));
            Assert.That((tile.Rating.PeriodLabel, tile.Rating.Value, tile.Rating.Rag), Is.EqualTo(("2024-09", (decimal?)69m, KpiRag.Green)));
            Assert.That(tile.Rating.AsOf, Is.EqualTo(new DateOnly(2024, 10, 1)));
            Assert.That((tile.Target, tile.Unit, tile.Direction), Is.EqualTo(((decimal?)65m, KpiUnit.Percent, KpiDirection.HigherIsBetter)));
            Assert.That(unmeasured.Trend, Is.Empty);
            Assert.That(unmeasured.Rating.Rag, Is.EqualTo(KpiRag.NoData));
        });
    }

    [Test]
    public async Task Dashboard_ForAKeyWithoutKpisRead_HasRatingsButNoKpiTiles()
    {
        // KPI figures need kpis:read everywhere else; the dashboard must not be a way round that.
        var plansOnly = KeyClient((await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead)).Key);
        var both = KeyClient((await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.PlansRead, ApiKeyScope.KpisRead)).Key);

        var withoutKpis = await plansOnly.GetFromJsonAsync<PlanDashboardDto>($"/api/v1/plans/{_planId}/dashboard?asOf=2024-10-01", Json);
        var withKpis = await both.GetFromJsonAsync<PlanDashboardDto>($"/api/v1/plans/{_planId}/dashboard?asOf=2024-10-01", Json);

        Assert.Multiple(() =>
        {
            Assert.That(withoutKpis!.Kpis, Is.Empty);
            Assert.That(withoutKpis.Ratings.Total, Is.EqualTo(withKpis!.Ratings.Total).And.GreaterThan(0));
            Assert.That(withKpis.Kpis.Select(k => k.Id), Does.Contain(_monthlyKpiId));
        });
    }

    [Test]
    public async Task Dashboard_KpiTiles_AsOfAnEarlierDate_StopAtThatDate()
    {
        var dashboard = await DashboardAsync("2024-04-15");
        var tile = dashboard.Kpis.Single(k => k.Id == _monthlyKpiId);

        Assert.That(tile.Trend.Select(p => p.PeriodLabel), Is.EqualTo(new[] { "2024-01", "2024-02", "2024-03" }));
        Assert.That(tile.Rating.PeriodLabel, Is.EqualTo("2024-03"));
    }

    [Test]
    public async Task Dashboard_LatestUpdates_AreTheFiveNewestPostedByTheEndOfTheDayInLondon()
    {
        var firstOctober = await DashboardAsync("2024-10-01");
        var secondOctober = await DashboardAsync("2024-10-02");
        var midJune = await DashboardAsync("2024-06-15");

        Assert.Multiple(() =>
        {
            Assert.That(firstOctober.LatestUpdates.Select(u => (u.ReferenceCode, u.Note)), Is.EqualTo(new[]
            {
                ("A-1.3", "Still waiting on the police"),
                ("B-1.3", "Funding gap"),
                ("B-1.2", "On track"),
                ("A-1.4", "Done"),
                ("B-1.2", "Started"),
            }));
            Assert.That(secondOctober.LatestUpdates[0].ReferenceCode, Is.EqualTo("A-1.2"), "00:30 BST on 2 Oct");
            Assert.That(secondOctober.LatestUpdates, Has.Count.EqualTo(5));
            Assert.That(midJune.LatestUpdates.Select(u => u.ReferenceCode), Is.EqualTo(new[] { "A-1.1" }));
        });

        var red = firstOctober.LatestUpdates[1];
        Assert.That((red.ActionId, red.ActionText, red.AuthorName, red.Status, red.ReportedRag), Is.EqualTo((_actions["B-1.3"], "Action B-1.3", "Lead B", ActionStatus.InProgress, (RagRating?)RagRating.Red)));
    }

    [Test]
    public async Task Dashboard_OfAnUnknownPlan_IsA404Problem()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/plans/{Guid.NewGuid()}/dashboard", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await response.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo(404));
    }

    [TestCase("asOf=1999-12-31", "asOf")]
    [TestCase("asOf=2024-13-01", "asOf")]
    [TestCase("themeId=00000000-0000-0000-0000-000000000000", "themeId")]
    public async Task Dashboard_BadQuery_ReturnsValidationProblemNamingIt(string query, string field)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/plans/{_planId}/dashboard?{query}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _), Is.True, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Dashboard_WithoutSigningIn_IsRefused()
    {
        using var response = await AnonymousClient().GetAsync(new Uri($"/api/v1/plans/{_planId}/dashboard", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
