using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Actions;

/// <summary>
/// <c>sort=Urgency</c> (most urgent first) on a plan built here, 1 Apr 2024 – 31 Mar 2025 with the default settings
/// (due soon 30 days, stale 60), rated as of 1 Oct 2024 so every band has an action: overdue, reported Red, due soon,
/// Amber, Green, Complete / Not rated and cancelled.
/// </summary>
public sealed class ActionUrgencyOrderTests : ApiFixture
{
    private const string AsOf = "2024-10-01";

    private Guid _planId;

    [OneTimeSetUp]
    public async Task BuildThePlanAsync()
    {
        var later = new DateOnly(2025, 3, 1);
        (_planId, var actions) = await NewPlanWithActionsAsync(
        [
            new(ActionStatus.NotStarted, new DateOnly(2024, 9, 1)),   // T-1.1  overdue 30 days
            new(ActionStatus.InProgress, new DateOnly(2024, 8, 1)),   // T-1.2  overdue 61 days
            new(ActionStatus.Cancelled, new DateOnly(2024, 9, 1)),    // T-1.3  cancelled: last
            new(ActionStatus.NotStarted, new DateOnly(2024, 10, 20)), // T-1.4  due soon, 19 days
            new(ActionStatus.InProgress, new DateOnly(2024, 10, 10)), // T-1.5  due soon, 9 days (Amber, stale)
            new(ActionStatus.Completed, later),                       // T-1.6  Complete
            new(ActionStatus.NotStarted),                             // T-1.7  no due date, never updated: Not rated
            new(ActionStatus.InProgress, later),                      // T-1.8  updated 15 Sep: Green
            new(ActionStatus.InProgress, later),                      // T-1.9  never updated: Amber (stale)
            new(ActionStatus.Blocked, later),                         // T-1.10 Amber (blocked)
            new(ActionStatus.InProgress, later),                      // T-1.11 reported Red on 20 Sep: other Red
        ]);

        // Updates in the past can only be written by SQL (the API stamps them now).
        var ids = actions.ToDictionary(a => a.ReferenceCode, a => a.Id);
        await TestRows.ExecuteAsync(
            ConnectionString,
            """
            INSERT INTO progress_updates (id, action_id, author_name, posted_at, status, reported_rag, justification, evidence_links)
            VALUES (gen_random_uuid(), @green, 'Test lead', '2024-09-15T10:00:00Z', 'InProgress', NULL, NULL, '{}'),
                   (gen_random_uuid(), @red, 'Test lead', '2024-09-20T10:00:00Z', 'InProgress', 'Red', 'Partner funding withdrawn', '{}');
            """,
            ("green", ids["T-1.8"]),
            ("red", ids["T-1.11"]));
    }

    [Test]
    public async Task ListActions_SortedByUrgency_PutsTheMostUrgentFirstAcrossPages()
    {
        var listed = await AllPagesAsync($"planId={_planId}&asOf={AsOf}&sort=Urgency&limit=3");

        Assert.That(listed, Is.EqualTo(new[]
        {
            "T-1.2", "T-1.1",    // overdue, longest first
            "T-1.11",            // reported Red
            "T-1.5", "T-1.4",    // due soon, soonest first
            "T-1.9", "T-1.10",   // Amber, in plan order
            "T-1.8",             // Green
            "T-1.6", "T-1.7",    // Complete and Not rated, in plan order
            "T-1.3",             // cancelled
        }));
    }

    [Test]
    public async Task ListActions_SortedByUrgency_PagesOfAnySizeGiveTheSameOrder()
    {
        var whole = await AllPagesAsync($"planId={_planId}&asOf={AsOf}&sort=Urgency&limit=200");

        // Page boundaries inside the overdue band (limit 1), between bands and inside Amber (limit 2, 4).
        foreach (var limit in new[] { 1, 2, 4 })
        {
            Assert.That(await AllPagesAsync($"planId={_planId}&asOf={AsOf}&sort=Urgency&limit={limit}"), Is.EqualTo(whole), $"limit {limit}");
        }
    }

    [Test]
    public async Task ListActions_SortedByUrgency_WithAFilter_KeepsTheOrderOfTheSelection()
    {
        var listed = await AllPagesAsync($"planId={_planId}&asOf={AsOf}&sort=Urgency&limit=2&stale=true");

        // Stale (no update for 60 days, clock from 1 Apr 2024): every open action but the two updated in September.
        Assert.That(listed, Is.EqualTo(new[] { "T-1.2", "T-1.1", "T-1.5", "T-1.4", "T-1.9", "T-1.10", "T-1.7" }));
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
}
