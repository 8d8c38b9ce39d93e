using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// Two scans started at the same moment (two requests, each with its own scope, connection and transaction): the
/// advisory lock puts them one after the other, so one records everything and the other nothing.
/// </summary>
public sealed class ReminderScanConcurrencyTests : ReminderFixture
{
    [Test]
    public async Task TwoScansAtOnce_OneReminderPerActionKindCycleAndRecipient_OneDigestPerRecipient()
    {
        var planId = (await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans")).Items.Single(p => p.Title == "Building Safer Communities – Delivery Plan").Id;

        var results = await Task.WhenAll(ScanAsync(April1), ScanAsync(April1));
        var reminders = await RemindersAsync(planId);
        var digests = await DigestsAsync(planId);

        Assert.That(reminders, Is.Not.Empty);
        Assert.That(results.Select(r => r.Reminders).Order(), Is.EqualTo(new[] { 0, reminders.Count }), "one scan recorded everything, the other nothing");
        Assert.That(results.Select(r => r.Digests).Order(), Is.EqualTo(new[] { 0, digests.Count }));
        Assert.That(reminders.Select(r => (r.ActionId, r.Kind, r.Cycle, r.LeadId, r.UserId)).Distinct().Count(), Is.EqualTo(reminders.Count));
        Assert.That(digests.Select(d => (d.LeadId, d.UserId)).Distinct().Count(), Is.EqualTo(digests.Count), "one digest per recipient");
        Assert.That(digests, Has.Count.EqualTo(reminders.Select(r => (r.LeadId, r.UserId)).Distinct().Count()));
    }
}
