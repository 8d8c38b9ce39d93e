using System.Globalization;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Leads;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Tests.Features.Actions;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Rag;

/// <summary>
/// PRODUCT.md's "Ratings over time" on the seeded demo plan (1 Apr 2019 – 31 Mar 2022), through HTTP at fixed dates:
/// recurring cycles, the stale clock, the action as it stood on the as-of date, and Blocked. Progress updates at past
/// dates cannot be posted through the API (it stamps them now), so this fixture's own database gets them by SQL.
/// </summary>
public sealed class ActionRatingsOverTimeTests : DeliveryPlanFixture
{
    [OneTimeSetUp]
    public async Task GiveSeededActionsAHistoryAsync()
    {
        // SYV-4.1 ("March 2020"): in progress from June 2019 (reported Amber), completed in December 2019. The action's
        // own columns show the latest, as posting sets them.
        // TER-2.1 ("Annual"): an update in February 2021, in the 2020/21 cycle.
        // SYV-1.2 ("September 2019"): blocked, never updated.
        var changed = await TestRows.ExecuteAsync(
            ConnectionString,
            """
            INSERT INTO progress_updates (id, action_id, author_name, posted_at, status, percent_complete, reported_rag, justification, evidence_links)
            SELECT gen_random_uuid(), a.id, 'Test lead', u.posted_at, u.status, u.percent, u.rag, u.why, '{}'
            FROM actions AS a
            JOIN (VALUES
                ('SYV-4.1', timestamptz '2019-06-10T10:00:00Z', 'InProgress', 20, 'Amber', 'Partner funding not confirmed'),
                ('SYV-4.1', timestamptz '2019-12-02T10:00:00Z', 'Completed', 100, NULL, NULL),
                ('TER-2.1', timestamptz '2021-02-01T10:00:00Z', 'InProgress', NULL, NULL, NULL)
            ) AS u(reference, posted_at, status, percent, rag, why) ON u.reference = a.reference_code
            JOIN plans AS p ON p.id = a.plan_id AND p.title = @title;
            UPDATE actions AS a SET status = 'Completed', percent_complete = 100, last_progress_at = '2019-12-02T10:00:00Z'
            FROM plans AS p WHERE p.id = a.plan_id AND p.title = @title AND a.reference_code = 'SYV-4.1';
            UPDATE actions AS a SET status = 'InProgress', last_progress_at = '2021-02-01T10:00:00Z'
            FROM plans AS p WHERE p.id = a.plan_id AND p.title = @title AND a.reference_code = 'TER-2.1';
            UPDATE actions AS a SET status = 'Blocked'
            FROM plans AS p WHERE p.id = a.plan_id AND p.title = @title AND a.reference_code = 'SYV-1.2';
            """,
            ("title", DemoPlanTitle));
        Assert.That(changed, Is.EqualTo(6), "three updates and three actions changed");
    }

    private async Task<ActionRatingDto> RatingAsync(string reference, string asOf)
    {
        var action = await SeededActionAsync(reference);
        var rating = (await GetJsonAsync<ActionDto>($"/api/v1/actions/{action.Id}?asOf={asOf}")).Rating;
        Assert.That(rating.AsOf, Is.EqualTo(Date(asOf)));
        return rating;
    }

    private static DateOnly Date(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [TestCase("2020-06-01", "2021-03-31")]
    [TestCase("2021-06-01", "2022-03-31")]
    public async Task AnnualAction_InALaterPlanYear_IsRatedInThatYearsCycle_NeverOverdueSince31March2020(string asOf, string cycleDue)
    {
        var rating = await RatingAsync("TER-1.1", asOf);

        Assert.Multiple(() =>
        {
            Assert.That(rating.DueDate, Is.EqualTo(Date(cycleDue)));
            Assert.That(rating.DerivedReason, Is.Not.EqualTo(RagReason.Overdue));
            Assert.That(rating.Derived, Is.Not.EqualTo(RagRating.Red));
            Assert.That(rating.DerivedReasonText, Does.Not.Contain("overdue"));
            // Never updated since the plan began: stale, from the plan's start.
            Assert.That(rating.DerivedReason, Is.EqualTo(RagReason.StaleNeverUpdated));
            Assert.That(rating.DerivedReasonText, Does.EndWith("since it started on 1 Apr 2019"));
        });
    }

    [Test]
    public async Task AnnualAction_NearTheCycleEndWithoutAnUpdateInIt_IsAmberDueSoonWithTheCycleDate()
    {
        var rating = await RatingAsync("TER-1.1", "2021-03-10");

        Assert.Multiple(() =>
        {
            Assert.That((rating.Derived, rating.DerivedReason), Is.EqualTo(((RagRating?)RagRating.Amber, RagReason.CycleDueSoon)));
            Assert.That(rating.DerivedReasonText, Is.EqualTo("annual cycle due in 21 days (31 Mar 2021), no update in this cycle"));
            Assert.That(rating.DueDate, Is.EqualTo(new DateOnly(2021, 3, 31)));
        });
    }

    [Test]
    public async Task AnnualAction_UpdatedInTheCycle_IsNotDueSoon_AndTheNextCycleStartsFresh()
    {
        var updatedInCycle = await RatingAsync("TER-2.1", "2021-03-10");
        var nextCycle = await RatingAsync("TER-2.1", "2022-03-10");

        Assert.Multiple(() =>
        {
            Assert.That((updatedInCycle.Derived, updatedInCycle.DerivedReason), Is.EqualTo(((RagRating?)RagRating.Green, RagReason.OnTrack)));
            // The February 2021 update belongs to the 2020/21 cycle: the 2021/22 cycle has had none.
            Assert.That(nextCycle.DerivedReason, Is.EqualTo(RagReason.CycleDueSoon));
            Assert.That(nextCycle.DueDate, Is.EqualTo(new DateOnly(2022, 3, 31)));
        });
    }

    [Test]
    public async Task AnnualAction_AfterTheLastCyclePassedWithoutAnUpdate_IsOverdueSinceThePlansEnd()
    {
        var rating = await RatingAsync("TER-1.1", "2022-06-01");

        Assert.Multiple(() =>
        {
            Assert.That((rating.Derived, rating.DerivedReason), Is.EqualTo(((RagRating?)RagRating.Red, RagReason.Overdue)));
            Assert.That(rating.DerivedReasonText, Is.EqualTo("overdue since 31 Mar 2022 (annual cycle)"));
        });
    }

    [Test]
    public async Task OverdueFilter_InALaterPlanYear_LeavesOutAnnualActionsButKeepsDatedOnes()
    {
        var planId = (await DemoPlanAsync()).Id;
        var overdue = await GetJsonAsync<Page<ActionSummaryDto>>($"/api/v1/actions?planId={planId}&asOf=2020-06-01&overdue=true&limit=200");
        var references = overdue.Items.Select(a => a.ReferenceCode).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(references, Does.Not.Contain("TER-1.1").And.Not.Contain("TER-2.2").And.Not.Contain("SYV-7.1"));
            Assert.That(references, Does.Contain("SYV-3.2"), "due 31 Mar 2020, never updated");
        });
    }

    [Test]
    public async Task DueDateFilters_OnAnAnnualAction_UseTheCurrentCyclesEnd()
    {
        var planId = (await DemoPlanAsync()).Id;

        // As of 1 Jun 2020 TER-1.1 ("Annual") is due 31 Mar 2021, the end of the 2020/21 cycle; its first year's end
        // (31 Mar 2020) is behind it. SYV-3.2 ("March 2020") is due 31 Mar 2020 whatever the date.
        var laterThanApril = await GetJsonAsync<Page<ActionSummaryDto>>($"/api/v1/actions?planId={planId}&asOf=2020-06-01&dueAfter=2020-04-01&limit=200");
        var beforeApril = await GetJsonAsync<Page<ActionSummaryDto>>($"/api/v1/actions?planId={planId}&asOf=2020-06-01&dueBefore=2020-04-01&limit=200");

        Assert.Multiple(() =>
        {
            Assert.That(laterThanApril.Items.Select(a => a.ReferenceCode), Does.Contain("TER-1.1").And.Not.Contain("SYV-3.2"));
            Assert.That(beforeApril.Items.Select(a => a.ReferenceCode), Does.Contain("SYV-3.2").And.Not.Contain("TER-1.1"));
            Assert.That(laterThanApril.Items.Single(a => a.ReferenceCode == "TER-1.1").Rating.DueDate, Is.EqualTo(new DateOnly(2021, 3, 31)));
        });
    }

    [Test]
    public async Task NeverUpdatedAction_StaleClock_StartsAtThePlansStart_NotWhenTheRowWasLoaded()
    {
        // SYV-3.2 is due 31 Mar 2020 with no start of its own; the seed was loaded today.
        var dayBefore = await RatingAsync("SYV-3.2", "2019-05-30");
        var stale = await RatingAsync("SYV-3.2", "2019-05-31");

        Assert.Multiple(() =>
        {
            Assert.That(dayBefore.DerivedReason, Is.EqualTo(RagReason.OnTrack));
            Assert.That((stale.Derived, stale.DerivedReason), Is.EqualTo(((RagRating?)RagRating.Amber, RagReason.StaleNeverUpdated)));
            Assert.That(stale.DerivedReasonText, Is.EqualTo("never updated: 60 days since it started on 1 Apr 2019"));
        });
    }

    [Test]
    public async Task NeverUpdatedAction_StaleClock_StartsAtItsOwnStartWhenThatIsLater()
    {
        var objective = await NewDemoObjectiveAsync("ASB");
        var (action, _) = await CreateActionAsync(objective.Id, new CreateActionRequest("Run the autumn outreach programme", Timescale: "September 2019 – March 2020"));

        var dayBefore = (await GetJsonAsync<ActionDto>($"/api/v1/actions/{action.Id}?asOf=2019-10-30")).Rating;
        var stale = (await GetJsonAsync<ActionDto>($"/api/v1/actions/{action.Id}?asOf=2019-10-31")).Rating;

        Assert.Multiple(() =>
        {
            Assert.That(dayBefore.DerivedReason, Is.EqualTo(RagReason.OnTrack));
            Assert.That(stale.DerivedReason, Is.EqualTo(RagReason.StaleNeverUpdated));
            Assert.That(stale.DerivedReasonText, Is.EqualTo("never updated: 60 days since it started on 1 Sep 2019"));
        });
    }

    [Test]
    public async Task AsOf_BeforeTheFirstUpdate_RatesTheActionAsNotStarted()
    {
        var rating = await RatingAsync("SYV-4.1", "2019-05-01");

        Assert.Multiple(() =>
        {
            // Completed today, but on 1 May 2019 nothing had been posted: not started, not Complete.
            Assert.That((rating.Derived, rating.DerivedReason), Is.EqualTo(((RagRating?)RagRating.Green, RagReason.OnTrack)));
            Assert.That(rating.Reported, Is.Null);
        });
    }

    [Test]
    public async Task AsOf_BetweenUpdates_TakesTheStatusAndReportFromTheLastUpdateOnOrBeforeIt()
    {
        var rating = await RatingAsync("SYV-4.1", "2019-08-01");

        Assert.Multiple(() =>
        {
            Assert.That(rating.Derived, Is.EqualTo(RagRating.Green), "in progress, updated 52 days before");
            Assert.That(rating.Reported, Is.EqualTo(RagRating.Amber));
            Assert.That(rating.ReportedJustification, Is.EqualTo("Partner funding not confirmed"));
            Assert.That((rating.Effective, rating.EffectiveSource), Is.EqualTo(((RagRating?)RagRating.Amber, RatingSource.Reported)));
        });
    }

    [Test]
    public async Task AsOf_AfterTheCompletingUpdate_IsComplete()
    {
        var rating = await RatingAsync("SYV-4.1", "2019-12-10");

        Assert.That((rating.Derived, rating.DerivedReason, rating.Effective), Is.EqualTo(((RagRating?)RagRating.Complete, RagReason.Completed, (RagRating?)RagRating.Complete)));
    }

    [Test]
    public async Task BlockedAction_BeforeItsDueDate_IsAmberWaitingOnAPartner()
    {
        var rating = await RatingAsync("SYV-1.2", "2019-09-15");

        Assert.Multiple(() =>
        {
            Assert.That((rating.Derived, rating.DerivedReason), Is.EqualTo(((RagRating?)RagRating.Amber, RagReason.Blocked)));
            Assert.That(rating.DerivedReasonText, Is.EqualTo("blocked: waiting on a partner"));
        });
    }

    [Test]
    public async Task BlockedAction_PastItsDueDate_IsRedOverdue()
    {
        var rating = await RatingAsync("SYV-1.2", "2019-10-01");

        Assert.That((rating.Derived, rating.DerivedReasonText), Is.EqualTo(((RagRating?)RagRating.Red, "overdue since 30 Sep 2019")));
    }

    [Test]
    public async Task BlockedAction_CreatedThroughTheApi_IsAmberToday()
    {
        var objective = await NewDemoObjectiveAsync("ASB");
        var (action, _) = await CreateActionAsync(objective.Id, new CreateActionRequest("Agree the data-sharing protocol", Status: ActionStatus.Blocked, Timescale: "Ongoing"));

        Assert.Multiple(() =>
        {
            Assert.That((action.Rating.Derived, action.Rating.DerivedReason), Is.EqualTo(((RagRating?)RagRating.Amber, RagReason.Blocked)));
            Assert.That(action.Rating.DerivedReasonText, Is.EqualTo("blocked: waiting on a partner"));
        });
    }

    [Test]
    public async Task LeadCounts_AnnualActionInARunningPlan_IsOpenButNotOverdue()
    {
        // A plan running now, in its third year: the timescale's stored due date (the first year's end) has passed.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year - (today.Month >= 4 ? 2 : 3), 4, 1);
        var planId = await NewPlanAsync();
        await TestRows.ExecuteAsync(
            ConnectionString, "UPDATE plans SET period_start = @start, period_end = @end WHERE id = @id",
            ("start", start), ("end", start.AddYears(4).AddDays(-1)), ("id", planId));

        var objective = await NewObjectiveAsync(planId);
        var leadId = await CreateLeadAsync();
        var (action, _) = await CreateActionAsync(objective.Id, new CreateActionRequest(
            "Review the partnership's information-sharing agreement", Timescale: "Annual", Leads: [new ActionLeadRequest(leadId, IsPrimary: true)]));

        var lead = await GetJsonAsync<LeadDto>($"/api/v1/leads/{leadId}");

        Assert.Multiple(() =>
        {
            Assert.That(action.Timescale.DueDate, Is.LessThan(today), "the first plan year is over");
            Assert.That(action.Rating.DerivedReason, Is.Not.EqualTo(RagReason.Overdue));
            Assert.That((lead.OpenActionCount, lead.OverdueActionCount), Is.EqualTo((1, 0)));
        });
    }
}
