using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.ApiKeys;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Leads;
using DeliveryTracker.Contracts.ProgressUpdates;
using DeliveryTracker.Tests.Features.Actions;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Security;

/// <summary>
/// OWASP API1:2023 Broken Object Level Authorization: a lead may post progress only on the actions they lead, whatever
/// action id they send; a key may read only the kinds of object its scopes name.
/// </summary>
public sealed class Api01ObjectLevelAuthorizationTests : DeliveryPlanFixture
{
    private async Task<(HttpClient Lead, Guid LeadId)> SignedInLeadAsync()
    {
        var leadId = await CreateLeadAsync();
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Lead], leadId);
        var client = AnonymousClient();
        await TestAccounts.SignInAsync(client, user.Email);
        return (client, leadId);
    }

    private async Task<(ActionDto Action, string ETag)> ActionLedByAsync(Guid leadId)
    {
        var objective = await NewDemoObjectiveAsync();
        return await CreateActionAsync(objective.Id, new CreateActionRequest($"Action {Guid.NewGuid():N}", Timescale: "March 2099", Leads: [new ActionLeadRequest(leadId, IsPrimary: true)]));
    }

    [Test]
    public async Task Lead_PostingProgressOnAnotherLeadsAction_IsForbiddenAndNothingIsWritten()
    {
        var (mallory, _) = await SignedInLeadAsync();
        var (_, victimLeadId) = await SignedInLeadAsync();
        var (victimAction, etag) = await ActionLedByAsync(victimLeadId);

        using var response = await mallory.SendJsonAsync(HttpMethod.Post, $"/api/v1/actions/{victimAction.Id}/progress-updates", new CreateProgressUpdateRequest(ActionStatus.Completed, 100), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await response.ProblemAsync()).GetProperty("detail").GetString(), Does.Contain(victimAction.ReferenceCode));
        var timeline = await GetJsonAsync<Page<ProgressUpdateDto>>($"/api/v1/actions/{victimAction.Id}/progress-updates");
        var (after, _) = await GetActionAsync(victimAction.Id);
        Assert.That((timeline.Items.Count, after.Status), Is.EqualTo((0, ActionStatus.NotStarted)));
    }

    [Test]
    public async Task Lead_PostingProgressOnTheirOwnAction_Succeeds()
    {
        var (lead, leadId) = await SignedInLeadAsync();
        var (action, etag) = await ActionLedByAsync(leadId);

        using var response = await lead.SendJsonAsync(HttpMethod.Post, $"/api/v1/actions/{action.Id}/progress-updates", new CreateProgressUpdateRequest(ActionStatus.InProgress, 10), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Lead_ChangingTheirOwnActionDirectly_IsForbidden()
    {
        var (lead, leadId) = await SignedInLeadAsync();
        var (action, etag) = await ActionLedByAsync(leadId);
        var update = new UpdateActionRequest(action.ReferenceCode, "Rewritten by the lead", ActionStatus.Completed, 100, null, new ActionTimescaleRequest("March 2099"), [new ActionLeadRequest(leadId, true)], [], [], LeadToBeAgreed: false, SourceNote: null);

        using var response = await lead.SendJsonAsync(HttpMethod.Put, $"/api/v1/actions/{action.Id}", update, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Key_ForKpis_ReadingPlansOrActions_IsForbidden()
    {
        var key = await TestAccounts.CreateApiKeyAsync(Administrator, ApiKeyScope.KpisRead);
        var client = KeyClient(key.Key);
        var seeded = await SeededActionAsync("SYV-1.1");

        using var plans = await client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));
        using var action = await client.GetAsync(new Uri($"/api/v1/actions/{seeded.Id}", UriKind.Relative));
        using var kpis = await client.GetAsync(new Uri("/api/v1/kpis", UriKind.Relative));

        Assert.That((plans.StatusCode, action.StatusCode, kpis.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK)));
    }
}
