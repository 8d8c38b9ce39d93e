using System.Net.Http.Json;
using DeliveryTracker.Api.Features.UpdateLinks;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Leads;
using DeliveryTracker.Contracts.UpdateLinks;
using Microsoft.Extensions.DependencyInjection;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// Signed update links of a test's own: a partner lead (no account) of a new plan's actions, a digest of reminders to
/// that lead on some of them, and the link the email delivery would send with it, issued through
/// <see cref="UpdateLinkIssuer"/>. The digest and its reminders are written with SQL (<see cref="TestRows"/>), as the
/// scan writes them; the tests of the scan and delivery drive those through the API.
/// </summary>
public abstract partial class ApiFixture
{
    protected sealed record TestLink(Guid LeadId, string LeadName, Guid DigestId, Guid LinkId, Uri Address, string Token, IReadOnlyList<(Guid Id, string ReferenceCode)> Actions);

    /// <summary>
    /// A plan with <paramref name="actionCount"/> actions led by a new partner lead; the digest reminds the lead of the
    /// first <paramref name="inDigest"/> of them, those at <paramref name="withdrawn"/> withdrawn before delivery.
    /// </summary>
    protected async Task<TestLink> NewLinkAsync(int actionCount = 4, int inDigest = 3, int[]? withdrawn = null)
    {
        var leadName = $"Partner {Guid.NewGuid():N}";
        using var created = await Client.PostAsJsonAsync(new Uri("/api/v1/leads", UriKind.Relative), new CreateLeadRequest(leadName, LeadKind.Organisation, Email: "partner@example.org"), Json);
        var leadId = (await created.Content.ReadFromJsonAsync<LeadDto>(Json))!.Id;
        var leads = new[] { new ActionLeadRequest(leadId, true) };
        var (planId, actions) = await NewPlanWithActionsAsync(
            Enumerable.Range(0, actionCount).Select(i => new TestAction(DueDate: new DateOnly(2099, 3, 31).AddDays(-i), Leads: leads)).ToList());

        var digestId = Guid.CreateVersion7();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await TestRows.ExecuteAsync(ConnectionString, "INSERT INTO reminder_digests (id, lead_id, scan_date, created_at) VALUES (@id, @lead, @today, now())", ("id", digestId), ("lead", leadId), ("today", today));
        foreach (var (action, index) in actions.Take(inDigest).Select((a, i) => (a, i)))
        {
            await TestRows.ExecuteAsync(
                ConnectionString,
                """
                INSERT INTO reminders (id, plan_id, action_id, kind, cycle, lead_id, due_on, days_overdue, scan_date, created_at, digest_id, state)
                VALUES (@id, @plan, @action, 'DueSoon', '2099-03-31', @lead, '2099-03-31', 0, @today, now(), @digest, @state)
                """,
                ("id", Guid.CreateVersion7()), ("plan", planId), ("action", action.Id), ("lead", leadId), ("today", today), ("digest", digestId),
                ("state", withdrawn?.Contains(index) == true ? "Withdrawn" : "Delivered"));
        }

        var address = await IssueAsync(digestId, leadId);
        var links = await GetJsonAsync<Page<UpdateLinkSummaryDto>>($"/api/v1/update-links?leadId={leadId}");
        return new TestLink(leadId, leadName, digestId, links.Items.Single().Id, address, address.Fragment[1..], actions);
    }

    /// <summary>What the email delivery does for a lead with no account.</summary>
    protected async Task<Uri> IssueAsync(Guid digestId, Guid leadId)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UpdateLinkIssuer>().IssueAsync(digestId, leadId, CancellationToken.None);
    }

    /// <summary>A client holding the link's token as the update page sends it; disposed with the fixture.</summary>
    protected HttpClient LinkClient(string token)
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"UpdateLink {token}");
        return client;
    }

    /// <summary>A client holding a new link of its own, for tests that call every operation with a credential it accepts.</summary>
    protected async Task<HttpClient> NewLinkClientAsync() => LinkClient((await NewLinkAsync(actionCount: 1, inDigest: 1)).Token);
}
