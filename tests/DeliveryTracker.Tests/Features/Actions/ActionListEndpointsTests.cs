using System.Net;
using DeliveryTracker.Api.Data.Seed;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Actions;

/// <summary>
/// The list's filters against the same predicates applied to the full list, over the demo plan with varied statuses,
/// progress and updates (this fixture's own copy of the database).
/// </summary>
public sealed class ActionListEndpointsTests : ApiFixture
{
    private static readonly DateTimeOffset RecentChange = DateTimeOffset.UtcNow.AddMinutes(-5);
    private Guid _planId;
    private List<ActionSummaryDto> _all = [];
    private DateOnly _today;

    [OneTimeSetUp]
    public async Task VaryTheDemoPlanAsync()
    {
        _planId = (await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans")).Items.Single(p => p.Title == "Building Safer Communities – Delivery Plan").Id;
        await TestRows.ExecuteAsync(
            ConnectionString,
            """
                UPDATE actions SET updated_at = '2020-01-01T00:00:00Z';
                UPDATE actions SET status = 'InProgress', percent_complete = 50 WHERE reference_code LIKE 'ASB-%';
                UPDATE actions SET status = 'Completed', percent_complete = 100 WHERE reference_code = 'CCTV-1.1';
                UPDATE actions SET status = 'Cancelled' WHERE reference_code = 'TER-1.2';
                UPDATE actions SET status = 'Blocked' WHERE reference_code = 'VAWG-2.1';
                UPDATE actions SET updated_at = @recent WHERE reference_code IN ('SYV-1.1', 'VAWG-1.1', 'CST-1.1');
                INSERT INTO progress_updates (id, action_id, author_name, posted_at, status, reported_rag, justification, evidence_links)
                SELECT gen_random_uuid(), id, 'Test lead', now(), 'InProgress', 'Green', 'Delivered through the partnership', '{}'
                FROM actions WHERE reference_code IN ('VAWG-1.1', 'VAWG-1.2');
                """,
            ("recent", RecentChange));

        _all = await AllPagesAsync($"planId={_planId}&limit=7");
        _today = _all[0].Rating.AsOf;
    }

    private async Task<List<ActionSummaryDto>> AllPagesAsync(string query)
    {
        var items = new List<ActionSummaryDto>();
        string? cursor = null;
        do
        {
            var page = await GetJsonAsync<Page<ActionSummaryDto>>($"/api/v1/actions?{query}{(cursor is null ? "" : "&cursor=" + cursor)}");
            items.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return items;
    }

    private async Task AssertFilterMatchesAsync(string filter, Func<ActionSummaryDto, bool> predicate)
    {
        var expected = _all.Where(predicate).Select(a => a.ReferenceCode).Order(StringComparer.Ordinal).ToList();
        var actual = (await AllPagesAsync($"planId={_planId}&limit=200&{filter}")).Select(a => a.ReferenceCode).Order(StringComparer.Ordinal).ToList();

        Assert.That(expected, Is.Not.Empty, $"the test data should give '{filter}' something to find");
        Assert.That(expected.Count, Is.LessThan(_all.Count), $"the test data should give '{filter}' something to leave out");
        Assert.That(actual, Is.EqualTo(expected), filter);
    }

    private async Task AssertFilterAsOfMatchesAsync(DateOnly asOf, string filter, Func<ActionSummaryDto, bool> predicate)
    {
        var date = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var all = await AllPagesAsync($"planId={_planId}&limit=200&asOf={date}");
        var expected = all.Where(predicate).Select(a => a.ReferenceCode).Order(StringComparer.Ordinal).ToList();
        var actual = (await AllPagesAsync($"planId={_planId}&limit=200&asOf={date}&{filter}")).Select(a => a.ReferenceCode).Order(StringComparer.Ordinal).ToList();

        Assert.That(expected, Is.Not.Empty, $"the test data should give '{filter}' something to find");
        Assert.That(expected.Count, Is.LessThan(all.Count), $"the test data should give '{filter}' something to leave out");
        Assert.That(actual, Is.EqualTo(expected), filter);
    }

    [Test]
    public void ListActions_AllPages_ReturnEveryActionOfThePlanOnce()
    {
        Assert.That(_all, Has.Count.EqualTo(DemoPlanSeeder.ReadDocument().Themes.SelectMany(t => t.Objectives).Sum(o => o.Actions.Count)));
        Assert.That(_all.Select(a => a.Id), Is.Unique);
    }

    [Test]
    public Task ListActions_ByTheme_MatchesThePredicate()
    {
        var theme = _all.First(a => a.ReferenceCode.StartsWith("SYV-", StringComparison.Ordinal)).ThemeId;
        return AssertFilterMatchesAsync($"themeId={theme}", a => a.ThemeId == theme);
    }

    [Test]
    public Task ListActions_ByObjective_MatchesThePredicate()
    {
        var objective = _all.First(a => a.ReferenceCode == "VAWG-1.1").ObjectiveId;
        return AssertFilterMatchesAsync($"objectiveId={objective}", a => a.ObjectiveId == objective);
    }

    [Test]
    public Task ListActions_ByLead_MatchesThePredicate()
    {
        var lead = _all.SelectMany(a => a.Leads).First(l => l.Name == "Aman Jaswal").LeadId;
        return AssertFilterMatchesAsync($"leadId={lead}", a => a.Leads.Any(l => l.LeadId == lead));
    }

    [TestCase("status=InProgress", new[] { ActionStatus.InProgress })]
    [TestCase("status=Completed&status=Blocked", new[] { ActionStatus.Completed, ActionStatus.Blocked })]
    public Task ListActions_ByStatus_MatchesThePredicate(string filter, ActionStatus[] statuses) =>
        AssertFilterMatchesAsync(filter, a => statuses.Contains(a.Status));

    [TestCase("rag=Red", new[] { RagRating.Red })]
    [TestCase("rag=Green&rag=Complete", new[] { RagRating.Green, RagRating.Complete })]
    public Task ListActions_ByEffectiveRating_MatchesThePredicate(string filter, RagRating[] ratings) =>
        AssertFilterMatchesAsync(filter, a => a.Rating.Effective is { } r && ratings.Contains(r));

    [Test]
    public Task ListActions_Overdue_IsPastDueAndNotCompleted() =>
        AssertFilterMatchesAsync("overdue=true", a => a.DueDate < _today && a.Status is not (ActionStatus.Completed or ActionStatus.Cancelled));

    [Test]
    public Task ListActions_NotOverdue_IsTheRest() =>
        AssertFilterMatchesAsync("overdue=false", a => !(a.DueDate < _today && a.Status is not (ActionStatus.Completed or ActionStatus.Cancelled)));

    // The attention flags as of 1 Oct 2019, read from the brief (defaults: due soon 30 days, stale 60): no update in this
    // fixture was posted by then, so each action stands as its own columns (VAWG-1.1/1.2, updated today, as NotStarted)
    // and its stale clock runs from the later of the plan's start (1 Apr 2019) and its own.
    private static readonly DateOnly October2019 = new(2019, 10, 1);

    private static bool IsOpen(ActionSummaryDto a) => a.Status is not (ActionStatus.Completed or ActionStatus.Cancelled);

    private static bool IsDueSoonInOctober2019(ActionSummaryDto a) =>
        IsOpen(a) && a.Rating.DueDate is { } due && due >= October2019 && due <= October2019.AddDays(30);

    private static bool IsStaleInOctober2019(ActionSummaryDto a)
    {
        var planStart = new DateOnly(2019, 4, 1);
        var clock = a.StartDate is { } start && start > planStart ? start : planStart;
        return IsOpen(a) && October2019.DayNumber - clock.DayNumber >= 60;
    }

    [TestCase("dueSoon=true", true)]
    [TestCase("dueSoon=false", false)]
    public Task ListActions_DueSoon_IsDueWithinTheDueSoonDaysAndOpen(string filter, bool wanted) =>
        AssertFilterAsOfMatchesAsync(October2019, filter, a => IsDueSoonInOctober2019(a) == wanted);

    [TestCase("stale=true", true)]
    [TestCase("stale=false", false)]
    public Task ListActions_Stale_IsOpenWithNoUpdateForTheStaleDays_WhateverRuleWon(string filter, bool wanted) =>
        AssertFilterAsOfMatchesAsync(October2019, filter, a => IsStaleInOctober2019(a) == wanted);

    [TestCase("blocked=true", true)]
    [TestCase("blocked=false", false)]
    public Task ListActions_Blocked_IsBlockedAsOfTheDate(string filter, bool wanted) =>
        AssertFilterAsOfMatchesAsync(October2019, filter, a => (a.Status == ActionStatus.Blocked) == wanted);

    [Test]
    public async Task ListActions_AttentionFlags_AreOnEachRating_AndStaleHoldsUnderOtherRules()
    {
        var asOf = await AllPagesAsync($"planId={_planId}&limit=200&asOf=2019-10-01");

        Assert.Multiple(() =>
        {
            Assert.That(asOf.Where(a => a.Rating.Overdue).Select(a => a.ReferenceCode), Is.EquivalentTo(asOf.Where(a => a.Rating.DerivedReason == RagReason.Overdue).Select(a => a.ReferenceCode)));
            Assert.That(asOf.Where(a => a.Rating.DueSoon).Select(a => a.ReferenceCode), Is.EquivalentTo(asOf.Where(IsDueSoonInOctober2019).Select(a => a.ReferenceCode)));
            // SYV-1.1 (due 30 Sep 2019, never updated) is Red overdue, and stale too: the flags are not the reason restated.
            var syv11 = asOf.Single(a => a.ReferenceCode == "SYV-1.1").Rating;
            Assert.That((syv11.DerivedReason, syv11.Overdue, syv11.Stale, syv11.DueSoon), Is.EqualTo((RagReason.Overdue, true, true, false)));
            Assert.That(asOf.Single(a => a.ReferenceCode == "CCTV-1.1").Rating, Has.Property("Stale").EqualTo(false).And.Property("Overdue").EqualTo(false), "completed: never flagged");
        });
    }

    [Test]
    public Task ListActions_DueBefore_MatchesThePredicate() =>
        AssertFilterMatchesAsync("dueBefore=2019-10-01", a => a.DueDate < new DateOnly(2019, 10, 1));

    [Test]
    public Task ListActions_DueAfter_MatchesThePredicate() =>
        AssertFilterMatchesAsync("dueAfter=2019-10-01", a => a.DueDate > new DateOnly(2019, 10, 1));

    [Test]
    public Task ListActions_ByRecommendation_MatchesThePredicate() =>
        AssertFilterMatchesAsync("recommendation=29", a => a.RecommendationNumbers.Contains(29));

    [Test]
    public Task ListActions_ByKpi_MatchesThePredicate()
    {
        var kpi = _all.SelectMany(a => a.KpiIds).First();
        return AssertFilterMatchesAsync($"kpiId={kpi}", a => a.KpiIds.Contains(kpi));
    }

    [Test]
    public Task ListActions_ByFreeText_MatchesThePredicate() =>
        AssertFilterMatchesAsync("q=knife", a => a.Text.Contains("knife", StringComparison.OrdinalIgnoreCase));

    [Test]
    public Task ListActions_UpdatedSince_MatchesThePredicate()
    {
        var since = RecentChange.AddSeconds(-1);
        return AssertFilterMatchesAsync($"updatedSince={Uri.EscapeDataString(since.ToString("O"))}", a => a.UpdatedAt >= since);
    }

    [Test]
    public Task ListActions_FiltersCombine_AsAnd()
    {
        var theme = _all.First(a => a.ReferenceCode.StartsWith("ASB-", StringComparison.Ordinal)).ThemeId;
        return AssertFilterMatchesAsync($"themeId={theme}&rag=Red&leadId={_all.Single(a => a.ReferenceCode == "ASB-1.1").Leads[0].LeadId}",
            a => a.ThemeId == theme && a.Rating.Effective == RagRating.Red && a.Leads.Any(l => l.Name == "Rachel Merriman"));
    }

    [Test]
    public async Task ListActions_SortedByDueDate_IsTheSameSetInDueOrderWithUndatedLast()
    {
        var byDue = await AllPagesAsync($"planId={_planId}&sort=DueDate&limit=5");

        Assert.That(byDue.Select(a => a.Id), Is.EquivalentTo(_all.Select(a => a.Id)));
        Assert.That(byDue.Select(a => a.DueDate ?? DateOnly.MaxValue), Is.Ordered);
    }

    [Test]
    public async Task ListActions_ReportedGreenStillFresh_IsEffectiveGreenFromTheReport()
    {
        var action = _all.Single(a => a.ReferenceCode == "VAWG-1.1");

        Assert.That((action.Rating.Reported, action.Rating.Effective, action.Rating.EffectiveSource), Is.EqualTo((RagRating.Green, RagRating.Green, RatingSource.Reported)));
        Assert.That(action.Rating.ReportedJustification, Is.EqualTo("Delivered through the partnership"));
        var overdue = _all.Single(a => a.ReferenceCode == "SYV-1.1");
        Assert.That(overdue.Rating.DerivedReasonText, Is.EqualTo("overdue since 30 Sep 2019"));
        await Task.CompletedTask;
    }

    [Test]
    public async Task ListActions_AsOfAPastDate_RatesAsOfThatDay()
    {
        var page = await GetJsonAsync<Page<ActionSummaryDto>>($"/api/v1/actions?planId={_planId}&asOf=2019-10-01&q=contextual");

        var action = page.Items.Single(a => a.ReferenceCode == "SYV-1.1");
        Assert.That((action.Rating.AsOf, action.Rating.Derived, action.Rating.DerivedReasonText), Is.EqualTo((new DateOnly(2019, 10, 1), (RagRating?)RagRating.Red, "overdue since 30 Sep 2019")));
    }

    [Test]
    public async Task CountActionRatings_MatchesTheListsEffectiveRatings()
    {
        var counts = await GetJsonAsync<RagCountsDto>($"/api/v1/actions/rag-counts?planId={_planId}");

        Assert.That(counts.Total, Is.EqualTo(_all.Count));
        Assert.That(counts.Excluded, Is.EqualTo(_all.Count(a => a.Rating.Effective is null)));
        foreach (var rating in Enum.GetValues<RagRating>())
        {
            Assert.That(counts.Counts[rating], Is.EqualTo(_all.Count(a => a.Rating.Effective == rating)), rating.ToString());
        }
    }

    [TestCase("limit=0", "limit")]
    [TestCase("limit=201", "limit")]
    [TestCase("cursor=not-a-cursor", "cursor")]
    [TestCase("asOf=1999-12-31", "asOf")]
    [TestCase("rag=Purple", "rag")]
    [TestCase("status=Finished", "status")]
    [TestCase("recommendation=0", "recommendation")]
    [TestCase("dueBefore=2019-01-01&dueAfter=2020-01-01", "dueBefore")]
    [TestCase("dueSoon=maybe", "dueSoon")]
    [TestCase("stale=1x", "stale")]
    [TestCase("sort=Urgent", "sort")]
    public async Task ListActions_BadParameter_ReturnsValidationProblemNamingIt(string query, string field)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/actions?{query}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _), Is.True, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task ListActions_CursorFromAnotherSort_IsRefused()
    {
        var first = await GetJsonAsync<Page<ActionSummaryDto>>($"/api/v1/actions?planId={_planId}&limit=2");

        using var response = await Client.GetAsync(new Uri($"/api/v1/actions?planId={_planId}&limit=2&sort=DueDate&cursor={first.NextCursor}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ListActions_WithMorePages_SendsALinkToTheNext()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/actions?planId={_planId}&limit=3", UriKind.Relative));

        Assert.That(response.Headers.GetValues("Link").Single(), Does.Match("^</api/v1/actions\\?.*cursor=.*>; rel=\"next\"$"));
    }
}
