using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Reminders;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// The scan's rules on plans of the tests' own: overdue cadence, completed and cancelled actions, quiet and draft plans,
/// unassigned actions, and board update requests timed in working days. Each test reads only its own plan's reminders.
/// </summary>
public sealed class ReminderScanRulesTests : ReminderFixture
{
    [Test]
    public async Task OverdueAction_ScannedAgainWithinTheWeek_NothingNew_AfterAWeek_ANewCycle()
    {
        var (planId, objectiveId) = await NewReminderPlanAsync();
        var lead = await CreateLeadAsync();
        var actionId = await NewActionAsync(objectiveId, new DateOnly(2020, 3, 31), [lead]);

        await ScanAsync(April1);
        await ScanAsync(April1.AddDays(3));
        var afterThreeDays = await RemindersAsync(planId);
        await ScanAsync(April1.AddDays(7));
        var afterAWeek = await RemindersAsync(planId);

        Assert.That(afterThreeDays.Select(r => (r.ActionId, r.Kind, r.Cycle, r.LeadId, r.DaysOverdue)),
            Is.EqualTo(new[] { (actionId, ReminderKind.Overdue, "2020-03-31/0", (Guid?)lead, 1) }));
        Assert.That(afterAWeek.Select(r => (r.Kind, r.Cycle, r.DaysOverdue, r.ScanDate)), Is.EqualTo(new[]
        {
            (ReminderKind.Overdue, "2020-03-31/0", 1, April1),
            (ReminderKind.Overdue, "2020-03-31/1", 8, April1.AddDays(7)),
        }));
        Assert.That(afterAWeek.Select(r => r.DigestId).Distinct().Count(), Is.EqualTo(2), "each scan's new reminders go in a digest of their own");
    }

    [Test]
    public async Task OverdueAction_After30Days_EscalatedOnceToEachEnabledManager()
    {
        var (planId, objectiveId) = await NewReminderPlanAsync();
        var actionId = await NewActionAsync(objectiveId, new DateOnly(2020, 3, 31), [await CreateLeadAsync()]);

        await ScanAsync(new DateOnly(2020, 4, 29));
        var before = (await RemindersAsync(planId)).Count(r => r.Kind == ReminderKind.Escalation);
        await ScanAsync(new DateOnly(2020, 4, 30));
        await ScanAsync(new DateOnly(2020, 5, 14));
        var escalations = (await RemindersAsync(planId)).Where(r => r.Kind == ReminderKind.Escalation).ToList();

        Assert.That(before, Is.Zero, "29 days overdue is not escalated yet");
        Assert.That(escalations.Select(r => (r.ActionId, r.Cycle, r.UserId, r.DaysOverdue)).OrderBy(r => r.UserId),
            Is.EqualTo(Managers.Order().Select(m => (actionId, "2020-03-31", (Guid?)m, 30))));
    }

    [Test]
    public async Task CompletedCancelledAndUndatedActions_GetNoReminders()
    {
        var (planId, objectiveId) = await NewReminderPlanAsync();
        var lead = await CreateLeadAsync();
        await NewActionAsync(objectiveId, new DateOnly(2020, 3, 1), [lead], ActionStatus.Completed);
        await NewActionAsync(objectiveId, new DateOnly(2020, 3, 1), [lead], ActionStatus.Cancelled);
        await NewActionAsync(objectiveId, new DateOnly(2020, 4, 10), [lead], ActionStatus.Completed);
        await NewActionAsync(objectiveId, null, [lead]);

        await ScanAsync(April1);

        Assert.That(await RemindersAsync(planId), Is.Empty);
    }

    [Test]
    public async Task QuietAndDraftPlans_GetNoReminders()
    {
        var (quietId, quietObjective) = await NewReminderPlanAsync(paused: true, boardMeetings: [new DateOnly(2020, 4, 20)]);
        var (draftId, draftObjective) = await NewReminderPlanAsync(status: PlanStatus.Draft);
        var lead = await CreateLeadAsync();
        await NewActionAsync(quietObjective, new DateOnly(2020, 3, 1), [lead]);
        await NewActionAsync(quietObjective, new DateOnly(2020, 4, 5), [lead]);
        await NewActionAsync(draftObjective, new DateOnly(2020, 3, 1), [lead]);

        await ScanAsync(new DateOnly(2020, 4, 6));

        Assert.That((await RemindersAsync(quietId)).Concat(await RemindersAsync(draftId)), Is.Empty);
    }

    [Test]
    public async Task DueSoon_WithinTheReminderWindow_OncePerDueDate_ToEveryLead()
    {
        var (planId, objectiveId) = await NewReminderPlanAsync();
        var (first, second) = (await CreateLeadAsync(), await CreateLeadAsync());
        var within = await NewActionAsync(objectiveId, new DateOnly(2020, 4, 15), [first, second]);
        await NewActionAsync(objectiveId, new DateOnly(2020, 4, 16), [first]);

        await ScanAsync(April1);
        await ScanAsync(April1.AddDays(1));
        var reminders = await RemindersAsync(planId);

        Assert.That(reminders.Where(r => r.ScanDate == April1).Select(r => (r.ActionId, r.Kind, r.Cycle, r.LeadId)).OrderBy(r => r.LeadId),
            Is.EqualTo(new[] { first, second }.Order().Select(l => (within, ReminderKind.DueSoon, "2020-04-15", (Guid?)l))),
            "due in 14 days is within the window; due in 15 days is not");
        Assert.That(reminders.Where(r => r.ScanDate == April1.AddDays(1)).Select(r => (r.Kind, r.Cycle)),
            Is.EqualTo(new[] { (ReminderKind.DueSoon, "2020-04-16") }), "the next day only the action that came into the window");
    }

    [Test]
    public async Task ActionWithoutLead_GoesToEveryEnabledManagerAsUnassigned()
    {
        var (planId, objectiveId) = await NewReminderPlanAsync();
        var overdue = await NewActionAsync(objectiveId, new DateOnly(2020, 3, 31), []);
        var dueSoon = (await CreateActionAsync(objectiveId, new CreateActionRequest("To be agreed", Timescale: "2020-04-10", LeadToBeAgreed: true))).Action.Id;

        await ScanAsync(April1);
        var reminders = await RemindersAsync(planId);

        Assert.That(reminders.Select(r => r.Kind), Is.All.EqualTo(ReminderKind.Unassigned));
        Assert.That(reminders.Select(r => (r.ActionId, r.Cycle, r.UserId)).OrderBy(r => r.Cycle).ThenBy(r => r.UserId), Is.EqualTo(
            Managers.Order().Select(m => (dueSoon, "due-soon:2020-04-10", (Guid?)m))
                .Concat(Managers.Order().Select(m => (overdue, "overdue:2020-03-31/0", (Guid?)m)))));
        Assert.That((await DigestsAsync(planId)).Select(d => (d.LeadId, d.UserId)).OrderBy(d => d.UserId),
            Is.EqualTo(Managers.Order().Select(m => ((Guid?)null, (Guid?)m))), "one digest per manager");
    }

    [Test]
    public async Task BoardMeeting_10WorkingDaysOverEaster_RequestsFrom2April_OncePerLeadOfEachOpenAction()
    {
        // Meeting Monday 20 Apr 2020; counting back 10 working days skips Easter Monday (13 Apr) and Good Friday (10 Apr):
        // 17, 16, 15, 14, 9, 8, 7, 6, 3, 2 April → the request day is Thursday 2 Apr 2020.
        var meeting = new DateOnly(2020, 4, 20);
        var (planId, objectiveId) = await NewReminderPlanAsync(boardMeetings: [meeting]);
        var (first, second) = (await CreateLeadAsync(), await CreateLeadAsync());
        var open = await NewActionAsync(objectiveId, new DateOnly(2020, 9, 30), [first, second], ActionStatus.InProgress);
        var ongoing = await NewActionAsync(objectiveId, null, [first]);
        await NewActionAsync(objectiveId, new DateOnly(2020, 9, 30), [first], ActionStatus.Completed);
        await NewActionAsync(objectiveId, new DateOnly(2020, 9, 30), [first], ActionStatus.Cancelled);

        await ScanAsync(April1);
        var dayBefore = await RemindersAsync(planId);
        await ScanAsync(new DateOnly(2020, 4, 2));
        await ScanAsync(new DateOnly(2020, 4, 3));
        var requests = await RemindersAsync(planId);

        Assert.That(dayBefore, Is.Empty, "1 Apr is before the request day");
        Assert.That(requests.Select(r => (r.ActionId, r.Kind, r.Cycle, r.LeadId, r.DueOn, r.ScanDate)).OrderBy(r => r.ActionId).ThenBy(r => r.LeadId), Is.EqualTo(
            new[] { (open, first), (open, second), (ongoing, first) }.OrderBy(r => r.Item1).ThenBy(r => r.Item2)
                .Select(r => (r.Item1, ReminderKind.BoardUpdateRequest, "board-2020-04-20", (Guid?)r.Item2, meeting, new DateOnly(2020, 4, 2)))));
    }

    [Test]
    public async Task BoardMeeting_OnTheMeetingDayOrWithZeroWorkingDays_NoRequests()
    {
        var (planId, objectiveId) = await NewReminderPlanAsync(boardMeetings: [new DateOnly(2020, 4, 1)]);
        var (noticeless, noticelessObjective) = await NewReminderPlanAsync(boardWorkingDays: 0, boardMeetings: [new DateOnly(2020, 4, 2)]);
        var lead = await CreateLeadAsync();
        await NewActionAsync(objectiveId, new DateOnly(2020, 9, 30), [lead]);
        await NewActionAsync(noticelessObjective, new DateOnly(2020, 9, 30), [lead]);

        await ScanAsync(April1);

        Assert.That((await RemindersAsync(planId)).Concat(await RemindersAsync(noticeless)), Is.Empty);
    }
}
