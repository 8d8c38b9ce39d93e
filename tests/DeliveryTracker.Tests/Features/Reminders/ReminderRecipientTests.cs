using DeliveryTracker.Api.Jobs;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Reminders;
using DeliveryTracker.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// Whom the scan's digests go to: one digest per person per scan (an account linked to two leads and holding the
/// programme manager role gets one), escalations once per action and cycle (not again to a manager added later), and
/// the escalation of an action with no lead not claiming its lead was reminded. Tests add users, so each asserts only
/// about its own users and plan.
/// </summary>
public sealed class ReminderRecipientTests : ReminderFixture
{
    private static readonly DateOnly April30 = new(2020, 4, 30);

    [Test]
    public async Task ManagerLinkedToTwoLeads_OverdueOnBothAndEscalated_OneDigestForThePerson()
    {
        var (planId, objectiveId) = await NewReminderPlanAsync();
        var (first, second) = (await CreateLeadAsync(), await CreateLeadAsync());
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.ProgrammeManager, Role.Lead], first);
        // The users API links one lead per account; leads.user_id is not unique, so data imported or linked before that
        // rule can hold a second: set as such data would be.
        await TestRows.ExecuteAsync(ConnectionString, "UPDATE leads SET user_id = @user WHERE id = @lead", ("user", user.Id), ("lead", second));
        var onFirst = await NewActionAsync(objectiveId, new DateOnly(2020, 3, 31), [first]);
        var onSecond = await NewActionAsync(objectiveId, new DateOnly(2020, 3, 31), [second]);

        await ScanAsync(April30);
        var reminders = await RemindersAsync(planId);
        var digests = await DigestsAsync(planId);

        var theirs = reminders.Where(r => r.LeadId == first || r.LeadId == second || r.UserId == user.Id).ToList();
        Assert.That(theirs.Select(r => (r.ActionId, r.Kind)).Order(), Is.EqualTo(new[]
        {
            (onFirst, ReminderKind.Overdue), (onFirst, ReminderKind.Escalation), (onSecond, ReminderKind.Overdue), (onSecond, ReminderKind.Escalation),
        }.Order()), "overdue to each lead, escalated to the manager");
        var digest = digests.Where(d => d.UserId == user.Id).ToList();
        Assert.That(digest.Select(d => (d.LeadId, d.Deliveries)), Is.EqualTo(new[] { ((Guid?)null, (IReadOnlyList<string>)["Email:Pending", "InApp:Pending"]) }),
            "one digest for the person, keyed by their account, with one delivery per channel");
        Assert.That(theirs.Select(r => r.DigestId).Distinct(), Is.EqualTo(new[] { (Guid?)digest[0].Id }), "every reminder to them is in it");
        Assert.That(digests.Where(d => d.LeadId == first || d.LeadId == second), Is.Empty, "no digest of the leads' own");
    }

    [Test]
    public async Task ManagerAddedAfterAnEscalation_NotToldOfIt_ButOfLaterOnes()
    {
        var (planId, objectiveId) = await NewReminderPlanAsync();
        var lead = await CreateLeadAsync();
        var escalatedBefore = await NewActionAsync(objectiveId, new DateOnly(2020, 3, 31), [lead]);
        var escalatedAfter = await NewActionAsync(objectiveId, new DateOnly(2020, 4, 1), [lead]);
        await ScanAsync(April30);

        var newcomer = (await TestAccounts.CreateUserAsync(Administrator, [Role.ProgrammeManager])).Id;
        await ScanAsync(April30.AddDays(1));
        var escalations = (await RemindersAsync(planId)).Where(r => r.Kind == ReminderKind.Escalation).ToList();

        Assert.That(escalations.Where(r => r.UserId == newcomer).Select(r => (r.ActionId, r.ScanDate)),
            Is.EqualTo(new[] { (escalatedAfter, April30.AddDays(1)) }), "only the escalation made after they joined");
        Assert.That(escalations.Where(r => r.ActionId == escalatedBefore).Select(r => r.UserId).Order(),
            Is.EqualTo(Managers.Order().Select(m => (Guid?)m)), "the earlier one went once, to the managers there then");
    }

    [Test]
    public async Task EscalationOfAnActionWithoutLead_SaysItHasNoLead_NotThatItsLeadWasReminded()
    {
        var (planId, objectiveId) = await NewReminderPlanAsync();
        await NewActionAsync(objectiveId, new DateOnly(2020, 3, 31), [await CreateLeadAsync()]);
        await NewActionAsync(objectiveId, new DateOnly(2020, 3, 31), []);
        // Only this plan: the manager's digest would otherwise hold other tests' T-1.1 and T-1.2 too.
        await TestRows.ExecuteAsync(ConnectionString, "UPDATE plans SET settings_reminders_paused = (id <> @plan)", ("plan", planId));
        await ScanAsync(April30);
        var digest = (await DigestsAsync(planId)).Single(d => d.UserId == Managers[0]);
        var inApp = await TestRows.QueryAsync(
            ConnectionString, "SELECT id FROM digest_deliveries WHERE digest_id = @digest AND channel = 'InApp'", ("digest", digest.Id));

        await using (var scope = TimedFactory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InAppDeliveryJob>().RunAsync((Guid)inApp.Single()[0]!, CancellationToken.None);
        }

        var body = (string)(await TestRows.QueryAsync(ConnectionString, "SELECT body FROM notifications WHERE digest_id = @digest", ("digest", digest.Id))).Single()[0]!;
        Assert.That(body, Does.Contain("T-1.1 was due on 31 March 2020. It is 30 days overdue. Its lead has been reminded."));
        Assert.That(body, Does.Contain("T-1.2 was due on 31 March 2020. It is 30 days overdue. It has no lead."));
        Assert.That(body, Does.Not.Contain("T-1.2 was due on 31 March 2020. It is 30 days overdue. Its lead"));
    }
}
