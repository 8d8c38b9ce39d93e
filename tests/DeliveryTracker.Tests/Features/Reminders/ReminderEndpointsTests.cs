using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Reminders;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// The reminders log: newest first, each with its action, recipient and delivery state, filtered by plan, lead, kind
/// and state; for programme managers and administrators only. Rows are seeded as the scan and delivery write them.
/// </summary>
public sealed class ReminderEndpointsTests : ApiFixture
{
    private static readonly DateOnly DueOn = new(2020, 3, 1);

    private async Task<Scenario> ScenarioAsync()
    {
        var lead = await CreateLeadAsync();
        var otherLead = await CreateLeadAsync();
        var manager = await TestAccounts.CreateUserAsync(Administrator, [Role.ProgrammeManager]);
        var (planId, actions) = await NewPlanWithActionsAsync([
            new TestAction(DueDate: DueOn, Leads: [new ActionLeadRequest(lead, true)]),
            new TestAction(DueDate: DueOn.AddDays(10), Leads: [new ActionLeadRequest(otherLead, true)]),
        ]);
        var (otherPlanId, otherActions) = await NewPlanWithActionsAsync([new TestAction(DueDate: DueOn, Leads: [new ActionLeadRequest(lead, true)])]);
        var delivered = await ReminderRows.ReminderAsync(
            ConnectionString, planId, actions[0].Id, ReminderKind.Overdue, DueOn, 31, lead, state: ReminderState.Delivered, deliveredVia: "InApp,Email");
        var failed = await ReminderRows.ReminderAsync(
            ConnectionString, planId, actions[1].Id, ReminderKind.DueSoon, DueOn.AddDays(10), 0, otherLead, state: ReminderState.Failed, lastFailure: "SMTP: connection refused");
        var escalation = await ReminderRows.ReminderAsync(ConnectionString, planId, actions[0].Id, ReminderKind.Escalation, DueOn, 31, userId: manager.Id);
        var elsewhere = await ReminderRows.ReminderAsync(ConnectionString, otherPlanId, otherActions[0].Id, ReminderKind.Overdue, DueOn, 31, lead);
        return new Scenario(planId, lead, manager.DisplayName, actions[0].ReferenceCode, delivered, failed, escalation, elsewhere);
    }

    [Test]
    public async Task ListReminders_OfAPlan_ReturnsNewestFirstWithActionRecipientAndDelivery()
    {
        var s = await ScenarioAsync();

        var page = await GetJsonAsync<Page<ReminderDto>>($"/api/v1/reminders?planId={s.PlanId}");

        Assert.That(page.Items.Select(r => r.Id), Is.EqualTo(new[] { s.Escalation, s.Failed, s.Delivered }));
        var delivered = page.Items[2];
        Assert.That((delivered.ReferenceCode, delivered.ActionText, delivered.Kind, delivered.DueOn, delivered.DaysOverdue), Is.EqualTo((s.Reference, "Test action 1", ReminderKind.Overdue, DueOn, 31)));
        Assert.That((delivered.LeadId, delivered.UserId, delivered.State), Is.EqualTo(((Guid?)s.LeadId, (Guid?)null, ReminderState.Delivered)));
        Assert.That(delivered.RecipientName, Does.StartWith("Lead "));
        Assert.That(delivered.DeliveredVia, Is.EqualTo(new[] { DeliveryChannel.InApp, DeliveryChannel.Email }));
        Assert.That(delivered.DeliveredAt, Is.Not.Null);
        Assert.That((page.Items[1].State, page.Items[1].LastFailure), Is.EqualTo((ReminderState.Failed, "SMTP: connection refused")));
        Assert.That(page.Items[1].LastFailureAt, Is.Not.Null);
        Assert.That((page.Items[0].RecipientName, page.Items[0].LeadId), Is.EqualTo((s.ManagerName, (Guid?)null)), "an escalation names the programme manager");
    }

    [Test]
    public async Task ListReminders_ByLeadKindAndState_ReturnsOnlyThoseThatMatch()
    {
        var s = await ScenarioAsync();

        var byLead = await GetJsonAsync<Page<ReminderDto>>($"/api/v1/reminders?leadId={s.LeadId}");
        var byKind = await GetJsonAsync<Page<ReminderDto>>($"/api/v1/reminders?planId={s.PlanId}&kind=escalation");
        var byState = await GetJsonAsync<Page<ReminderDto>>($"/api/v1/reminders?planId={s.PlanId}&state=Failed");

        Assert.That(byLead.Items.Select(r => r.Id), Is.EqualTo(new[] { s.Elsewhere, s.Delivered }));
        Assert.That(byKind.Items.Select(r => r.Id), Is.EqualTo(new[] { s.Escalation }));
        Assert.That(byState.Items.Select(r => r.Id), Is.EqualTo(new[] { s.Failed }));
    }

    [Test]
    public async Task ListReminders_WithLimitTwo_PagesByCursor()
    {
        var s = await ScenarioAsync();

        var first = await GetJsonAsync<Page<ReminderDto>>($"/api/v1/reminders?planId={s.PlanId}&limit=2");
        var second = await GetJsonAsync<Page<ReminderDto>>($"/api/v1/reminders?planId={s.PlanId}&limit=2&cursor={first.NextCursor}");

        Assert.That(first.Items.Select(r => r.Id), Is.EqualTo(new[] { s.Escalation, s.Failed }));
        Assert.That(second.Items.Select(r => r.Id), Is.EqualTo(new[] { s.Delivered }));
        Assert.That(second.NextCursor, Is.Null);
    }

    [TestCase(Role.Administrator, HttpStatusCode.OK)]
    [TestCase(Role.BoardMember, HttpStatusCode.Forbidden)]
    [TestCase(Role.Lead, HttpStatusCode.Forbidden)]
    [TestCase(Role.Viewer, HttpStatusCode.Forbidden)]
    public async Task ListReminders_AsRole_IsAllowedOnlyForManagersAndAdministrators(Role role, HttpStatusCode expected)
    {
        using var response = await ClientAs(role).GetAsync(new Uri("/api/v1/reminders", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task ListReminders_WithAnUnknownKind_ReturnsValidationProblemNamingKind()
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/reminders?kind=Nagging", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Does.Contain("kind"));
    }

    private sealed record Scenario(Guid PlanId, Guid LeadId, string ManagerName, string Reference, Guid Delivered, Guid Failed, Guid Escalation, Guid Elsewhere);
}
