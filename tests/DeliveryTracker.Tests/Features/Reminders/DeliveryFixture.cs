using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Api.Jobs;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Leads;
using DeliveryTracker.Contracts.Reminders;
using DeliveryTracker.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// Base for the digest delivery tests: "today" is 1 October 2024 in London (inside the test plans' year), set by a
/// <see cref="SettableTime"/>; each test makes a plan of its own through the API and scans with every other plan
/// of the fixture's database paused (the seeded demo plan would otherwise remind its own leads). Outbox state is read
/// with SQL (<see cref="TestRows.QueryAsync"/>) until the reminders list endpoint exists.
/// </summary>
public abstract class DeliveryFixture : ApiFixture
{
    /// <summary>07:00 in London on 1 October 2024 (BST): the scan's "today" is 2024-10-01.</summary>
    protected static readonly DateTimeOffset ScanTime = new(2024, 10, 1, 6, 0, 0, TimeSpan.Zero);

    protected SettableTime Clock { get; } = new(ScanTime);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    /// <summary>A lead with no account and a unique email address.</summary>
    protected async Task<(Guid Id, string Email)> NewLeadWithEmailAsync()
    {
        var email = $"lead-{Guid.NewGuid():N}@tests.example";
        using var response = await Client.PostAsJsonAsync(
            new Uri("/api/v1/leads", UriKind.Relative), new CreateLeadRequest($"Partner {Guid.NewGuid():N}", LeadKind.Organisation, Email: email), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<LeadDto>(Json))!.Id, email);
    }

    /// <summary>A plan whose actions (T-1.1, T-1.2 …) are all led by <paramref name="leadId"/>, due on the given dates.</summary>
    protected async Task<(Guid PlanId, IReadOnlyList<(Guid Id, string ReferenceCode)> Actions)> PlanLedByAsync(Guid leadId, params DateOnly[] dueDates) =>
        await NewPlanWithActionsAsync(dueDates.Select(due => new TestAction(DueDate: due, Leads: [new ActionLeadRequest(leadId, true)])).ToList());

    /// <summary>Runs the scan through the API with every plan but <paramref name="planId"/> paused.</summary>
    protected async Task<ReminderScanResultDto> ScanOnlyAsync(Guid planId)
    {
        await TestRows.ExecuteAsync(ConnectionString, "UPDATE plans SET settings_reminders_paused = (id <> @plan)", ("plan", planId));
        using var response = await Client.PostAsync(new Uri("/api/v1/reminders/scan", UriKind.Relative), null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ReminderScanResultDto>(Json))!;
    }

    /// <summary>
    /// The digest the scans wrote with reminders to <paramref name="leadId"/> (exactly one): the lead's own, or its
    /// account's when it has one.
    /// </summary>
    protected async Task<Guid> DigestOfLeadAsync(Guid leadId)
    {
        var rows = await TestRows.QueryAsync(ConnectionString, "SELECT DISTINCT digest_id FROM reminders WHERE lead_id = @lead", ("lead", leadId));
        Assert.That(rows, Has.Count.EqualTo(1), "one digest for the lead");
        return (Guid)rows[0][0]!;
    }

    protected async Task<Delivery> DeliveryAsync(Guid digestId, DeliveryChannel channel)
    {
        var rows = await TestRows.QueryAsync(
            ConnectionString,
            "SELECT id, state, attempts, last_error FROM digest_deliveries WHERE digest_id = @digest AND channel = @channel",
            ("digest", digestId), ("channel", channel.ToString()));
        Assert.That(rows, Has.Count.EqualTo(1));
        return new Delivery((Guid)rows[0][0]!, (string)rows[0][1]!, (int)rows[0][2]!, (string?)rows[0][3]);
    }

    /// <summary>The digest's reminders by action reference: state, channels delivered and last failure.</summary>
    protected async Task<IReadOnlyDictionary<string, ReminderRow>> RemindersAsync(Guid digestId)
    {
        var rows = await TestRows.QueryAsync(
            ConnectionString,
            """
            SELECT a.reference_code, r.state, r.delivered_via, r.delivered_at, r.last_failure
            FROM reminders AS r JOIN actions AS a ON a.id = r.action_id
            WHERE r.digest_id = @digest
            """,
            ("digest", digestId));
        return rows.ToDictionary(
            row => (string)row[0]!,
            row => new ReminderRow((string)row[1]!, (string[])row[2]!, row[3] is not null, (string?)row[4]));
    }

    protected async Task<IReadOnlyList<(string Subject, string Body)>> NotificationsOfDigestAsync(Guid digestId)
    {
        var rows = await TestRows.QueryAsync(ConnectionString, "SELECT subject, body FROM notifications WHERE digest_id = @digest", ("digest", digestId));
        return rows.Select(row => ((string)row[0]!, (string)row[1]!)).ToList();
    }

    /// <summary>Runs a delivery job directly, as a Hangfire worker would (in a scope of its own).</summary>
    protected async Task RunInAppJobAsync(Guid deliveryId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InAppDeliveryJob>().RunAsync(deliveryId, CancellationToken.None);
    }

    protected async Task RunEmailJobAsync(Guid deliveryId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EmailDeliveryJob>().RunAsync(deliveryId, CancellationToken.None);
    }

    /// <summary>Waits until neither of the digest's deliveries is Pending (the Hangfire server has worked them).</summary>
    protected async Task WaitForDeliveriesAsync(Guid digestId) =>
        await Eventually.WaitUntilAsync(
            async () => (await TestRows.QueryAsync(
                ConnectionString, "SELECT 1 FROM digest_deliveries WHERE digest_id = @digest AND state = 'Pending'", ("digest", digestId))).Count == 0,
            $"the deliveries of digest {digestId}");

    protected sealed record Delivery(Guid Id, string State, int Attempts, string? LastError);

    protected sealed record ReminderRow(string State, string[] DeliveredVia, bool HasDeliveredAt, string? LastFailure);
}
