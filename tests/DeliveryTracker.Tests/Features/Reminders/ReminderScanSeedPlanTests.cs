using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Reminders;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// The demo plan scanned as of 1 Apr 2020: the reminders are exactly what the actions list says is overdue and due soon
/// that day, to each action's leads; escalations for those overdue 30 days or more, to every enabled programme manager.
/// </summary>
public sealed class ReminderScanSeedPlanTests : ReminderFixture
{
    private Guid _planId;
    private ReminderScanResultDto _first = null!;
    private List<ReminderRow> _reminders = [];

    [OneTimeSetUp]
    public async Task ScanTheSeedPlanAsync()
    {
        _planId = (await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans")).Items.Single(p => p.Title == "Building Safer Communities – Delivery Plan").Id;
        _first = await ScanAsync(April1);
        _reminders = await RemindersAsync(_planId);
    }

    private async Task<List<ActionSummaryDto>> ActionsAsync(string filter) =>
        [.. (await GetJsonAsync<Page<ActionSummaryDto>>($"/api/v1/actions?planId={_planId}&{filter}&asOf=2020-04-01&limit=200")).Items];

    [Test]
    public async Task SeedPlan_AsOf1April2020_OverdueRemindersAreTheOverdueActionsTimesTheirLeads()
    {
        var overdue = await ActionsAsync("overdue=true");
        var expected = overdue
            .SelectMany(a => a.Leads.Select(l => (a.Id, l.LeadId, Cycle: OverdueCycle(a.DueDate!.Value))))
            .OrderBy(r => r.Id).ThenBy(r => r.LeadId).ToList();
        var recorded = _reminders.Where(r => r.Kind == ReminderKind.Overdue)
            .Select(r => (r.ActionId, LeadId: r.LeadId!.Value, r.Cycle))
            .OrderBy(r => r.ActionId).ThenBy(r => r.LeadId).ToList();

        Assert.That(overdue, Is.Not.Empty, "the demo plan has overdue actions on 1 Apr 2020");
        Assert.That(overdue.All(a => a.Leads.Count > 0), "every overdue demo action has a lead (so none is unassigned)");
        Assert.That(recorded, Is.EqualTo(expected));
        Assert.That(_reminders.Where(r => r.Kind == ReminderKind.Overdue).Select(r => r.DaysOverdue),
            Is.EqualTo(_reminders.Where(r => r.Kind == ReminderKind.Overdue).Select(r => April1.DayNumber - r.DueOn.DayNumber)));
    }

    [Test]
    public async Task SeedPlan_AsOf1April2020_DueSoonRemindersAreTheActionsDueWithin14Days()
    {
        var dueSoon = (await ActionsAsync("dueSoon=true")).Where(a => a.DueDate <= April1.AddDays(14)).ToList();
        var expected = dueSoon.SelectMany(a => a.Leads.Select(l => (a.Id, l.LeadId, Cycle: a.DueDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))))
            .OrderBy(r => r.Id).ThenBy(r => r.LeadId).ToList();
        var recorded = _reminders.Where(r => r.Kind == ReminderKind.DueSoon)
            .Select(r => (r.ActionId, LeadId: r.LeadId!.Value, r.Cycle))
            .OrderBy(r => r.ActionId).ThenBy(r => r.LeadId).ToList();

        Assert.That(recorded, Is.EqualTo(expected));
        Assert.That(_first.DueSoon, Is.GreaterThanOrEqualTo(expected.Count));
    }

    [Test]
    public async Task SeedPlan_AsOf1April2020_EscalatesActionsOverdue30DaysToEveryEnabledManager()
    {
        var overdue = await ActionsAsync("overdue=true");
        var expected = overdue.Where(a => April1.DayNumber - a.DueDate!.Value.DayNumber >= 30)
            .SelectMany(a => Managers.Select(m => (a.Id, m)))
            .OrderBy(r => r.Id).ThenBy(r => r.m).ToList();
        var escalations = _reminders.Where(r => r.Kind == ReminderKind.Escalation).ToList();

        Assert.That(expected, Is.Not.Empty);
        Assert.That(escalations.Select(r => (r.ActionId, r.UserId!.Value)).OrderBy(r => r.ActionId).ThenBy(r => r.Value), Is.EqualTo(expected));
        Assert.That(escalations.Select(r => r.LeadId), Is.All.Null);
        Assert.That(escalations.Select(r => r.UserId), Has.None.EqualTo(DisabledManager));
        Assert.That(escalations.Select(r => r.Cycle), Is.EqualTo(escalations.Select(r => r.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public async Task SeedPlan_AsOf1April2020_OneDigestPerRecipientWithAnInAppAndAnEmailDeliveryPending()
    {
        var digests = await DigestsAsync(_planId);
        var recipients = _reminders.Select(r => (r.LeadId, r.UserId)).Distinct().Count();

        Assert.That(_reminders.Select(r => r.DigestId), Is.All.Not.Null);
        Assert.That(digests, Has.Count.EqualTo(recipients));
        Assert.That(_reminders.GroupBy(r => r.DigestId).Select(g => g.Select(r => (r.LeadId, r.UserId)).Distinct().Count()), Is.All.EqualTo(1));
        Assert.That(digests.Select(d => d.Deliveries), Is.All.EqualTo(new[] { "Email:Pending", "InApp:Pending" }));
        Assert.That(_first.Digests, Is.GreaterThanOrEqualTo(digests.Count));
        Assert.That(_reminders.Select(r => r.ScanDate), Is.All.EqualTo(April1));
    }

    [Test]
    public async Task SeedPlan_ScannedAgainTheSameDay_RecordsNothingNew()
    {
        var again = await ScanAsync(April1);

        Assert.That(again, Is.EqualTo(new ReminderScanResultDto(April1, 0, 0, 0, 0, 0, 0, 0)));
        Assert.That(await RemindersAsync(_planId), Has.Count.EqualTo(_reminders.Count));
    }

    private static string OverdueCycle(DateOnly due) =>
        FormattableString.Invariant($"{due:yyyy-MM-dd}/{(April1.DayNumber - due.DayNumber - 1) / 7}");
}
