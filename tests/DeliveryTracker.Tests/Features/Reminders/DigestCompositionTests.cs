using System.Net;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Reminders;
using DeliveryTracker.Tests.Infrastructure;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// What a digest says and to whom, with the delivery jobs run directly (no Hangfire server, so a test can change an action
/// between the scan and the delivery): completed actions drop out, an empty digest is skipped, email respects the user's
/// choice, database text is HTML-encoded, and the sweep enqueues deliveries a crash left behind.
/// </summary>
public sealed class DigestCompositionTests : DeliveryFixture
{
    private TestSmtp _smtp = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => _smtp.ApiSettings;

    protected override async Task BeforeApiStartsAsync() => _smtp = await TestSmtp.SharedAsync();

    [Test]
    public async Task ActionCompletedAfterScan_DropsOutOfDigest()
    {
        var (leadId, email) = await NewLeadWithEmailAsync();
        var (planId, actions) = await PlanLedByAsync(leadId, new DateOnly(2024, 9, 20), new DateOnly(2024, 9, 24));
        await ScanOnlyAsync(planId);
        var digestId = await DigestOfLeadAsync(leadId);

        await CompleteAsync(actions[0].Id);
        await RunInAppJobAsync((await DeliveryAsync(digestId, DeliveryChannel.InApp)).Id);
        await RunEmailJobAsync((await DeliveryAsync(digestId, DeliveryChannel.Email)).Id);

        var notification = (await NotificationsOfDigestAsync(digestId)).Single();
        var emails = await _smtp.MessagesToAsync(email);
        var reminders = await RemindersAsync(digestId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(notification.Subject, Is.EqualTo("1 action needs an update"));
            Assert.That(notification.Body, Does.Contain("T-1.2 was due on 24 September 2024").And.Not.Contain("T-1.1"));
            Assert.That(emails.Select(e => e.Subject), Is.EqualTo(new[] { "1 action needs an update" }));
            Assert.That(await _smtp.PlainTextAsync(emails[0]), Does.Contain("T-1.2").And.Not.Contain("T-1.1"));
            Assert.That(reminders["T-1.1"].State, Is.EqualTo("Withdrawn"));
            Assert.That(reminders["T-1.2"].State, Is.EqualTo("Delivered"));
        }
    }

    [Test]
    public async Task EveryActionCompletedAfterScan_DigestSkippedOnBothChannels()
    {
        var (leadId, email) = await NewLeadWithEmailAsync();
        var (planId, actions) = await PlanLedByAsync(leadId, new DateOnly(2024, 9, 20));
        await ScanOnlyAsync(planId);
        var digestId = await DigestOfLeadAsync(leadId);

        await CompleteAsync(actions[0].Id);
        await RunInAppJobAsync((await DeliveryAsync(digestId, DeliveryChannel.InApp)).Id);
        await RunEmailJobAsync((await DeliveryAsync(digestId, DeliveryChannel.Email)).Id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await DeliveryAsync(digestId, DeliveryChannel.InApp)).State, Is.EqualTo("Skipped"));
            Assert.That((await DeliveryAsync(digestId, DeliveryChannel.Email)).State, Is.EqualTo("Skipped"));
            Assert.That(await NotificationsOfDigestAsync(digestId), Is.Empty);
            Assert.That(await _smtp.MessagesToAsync(email), Is.Empty);
            Assert.That((await RemindersAsync(digestId))["T-1.1"].State, Is.EqualTo("Withdrawn"));
        }
    }

    [Test]
    public async Task LeadAccountWithEmailRemindersOff_GetsInAppOnly()
    {
        var leadId = await CreateLeadAsync();
        var user = await TestAccounts.CreateUserAsync(Administrator, [Role.Lead], leadId);
        // No endpoint sets the preference yet (the settings page is another change): set as the user would have.
        await TestRows.ExecuteAsync(ConnectionString, "UPDATE users SET email_reminders = false WHERE id = @id", ("id", user.Id));
        var (planId, _) = await PlanLedByAsync(leadId, new DateOnly(2024, 9, 20));
        await ScanOnlyAsync(planId);
        var digestId = await DigestOfLeadAsync(leadId);

        await RunInAppJobAsync((await DeliveryAsync(digestId, DeliveryChannel.InApp)).Id);
        await RunEmailJobAsync((await DeliveryAsync(digestId, DeliveryChannel.Email)).Id);

        var byEmail = await DeliveryAsync(digestId, DeliveryChannel.Email);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((await DeliveryAsync(digestId, DeliveryChannel.InApp)).State, Is.EqualTo("Sent"));
            Assert.That((byEmail.State, byEmail.LastError), Is.EqualTo(("Skipped", "email reminders turned off")));
            Assert.That(await NotificationsOfDigestAsync(digestId), Has.Count.EqualTo(1));
            Assert.That(await _smtp.MessagesToAsync(user.Email), Is.Empty);
            Assert.That((await RemindersAsync(digestId))["T-1.1"].DeliveredVia, Is.EqualTo(new[] { "InApp" }));
        }
    }

    [Test]
    public async Task ActionTextWithMarkup_IsEncodedInTheHtmlPart()
    {
        var (leadId, email) = await NewLeadWithEmailAsync();
        var objective = await NewPlanObjectiveAsync();
        await CreateActionAsync(objective.Id, new CreateActionRequest(
            "Fund <b>youth</b> outreach & <script>alert(1)</script>", ReferenceCode: "T-1.1", Timescale: "2024-09-20", Leads: [new ActionLeadRequest(leadId, true)]));
        await ScanOnlyAsync(objective.PlanId);
        var digestId = await DigestOfLeadAsync(leadId);

        await RunEmailJobAsync((await DeliveryAsync(digestId, DeliveryChannel.Email)).Id);

        var html = await _smtp.HtmlAsync((await _smtp.MessagesToAsync(email)).Single());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("Fund &lt;b&gt;youth&lt;/b&gt; outreach &amp; &lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(html, Does.Not.Contain("<script>").And.Not.Contain("<b>youth"));
        }
    }

    [Test]
    public async Task DeliveryLeftPendingWithNoJob_IsEnqueuedAgainBySweep()
    {
        var (leadId, _) = await NewLeadWithEmailAsync();
        var (planId, _) = await PlanLedByAsync(leadId, new DateOnly(2024, 9, 20));
        await ScanOnlyAsync(planId);
        var monitoring = Factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var enqueuedBefore = monitoring.EnqueuedCount("default");
        var pending = (await TestRows.QueryAsync(ConnectionString, "SELECT count(*) FROM digest_deliveries WHERE state = 'Pending' AND attempts = 0"))[0][0];

        // Eleven minutes on, nothing has worked them (this host runs no Hangfire server): as after a crash.
        Clock.Now = ScanTime.AddMinutes(11);
        try
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Api.Jobs.DeliverySweepJob>().RunAsync(CancellationToken.None);
        }
        finally
        {
            Clock.Now = ScanTime;
        }

        Assert.That(monitoring.EnqueuedCount("default") - enqueuedBefore, Is.EqualTo((long)pending!).And.GreaterThanOrEqualTo(2));
    }

    [Test]
    public async Task LeadWithNoAccountAndNoEmail_RemindersFailedWithTheReason_NotDelivered()
    {
        var leadId = await CreateLeadAsync();
        var (planId, _) = await PlanLedByAsync(leadId, new DateOnly(2024, 9, 20));
        await ScanOnlyAsync(planId);
        var digestId = await DigestOfLeadAsync(leadId);

        await RunInAppJobAsync((await DeliveryAsync(digestId, DeliveryChannel.InApp)).Id);
        await RunEmailJobAsync((await DeliveryAsync(digestId, DeliveryChannel.Email)).Id);

        var inApp = await DeliveryAsync(digestId, DeliveryChannel.InApp);
        var byEmail = await DeliveryAsync(digestId, DeliveryChannel.Email);
        var reminder = (await RemindersAsync(digestId))["T-1.1"];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await NotificationsOfDigestAsync(digestId), Has.Count.EqualTo(1), "kept for an account linked later");
            Assert.That((inApp.State, inApp.LastError), Is.EqualTo(("Skipped", "the lead has no account")));
            Assert.That((byEmail.State, byEmail.LastError), Is.EqualTo(("Skipped", "the lead has no account and no email address")));
            Assert.That((reminder.State, reminder.LastFailure), Is.EqualTo(("Failed", "Not delivered: the lead has no account and no email address")));
            Assert.That((reminder.DeliveredVia, reminder.HasDeliveredAt), Is.EqualTo((Array.Empty<string>(), false)));
        }
    }

    [Test]
    public async Task DeliveryAttemptedRecently_IsNotEnqueuedAgainBySweep()
    {
        var (leadId, _) = await NewLeadWithEmailAsync();
        var (planId, _) = await PlanLedByAsync(leadId, new DateOnly(2024, 9, 20));
        await ScanOnlyAsync(planId);
        var digestId = await DigestOfLeadAsync(leadId);
        var deliveries = new[] { (await DeliveryAsync(digestId, DeliveryChannel.InApp)).Id, (await DeliveryAsync(digestId, DeliveryChannel.Email)).Id };
        // As a failed attempt records it, ten minutes after the scan: Hangfire holds the retry (hours away by default).
        await TestRows.ExecuteAsync(
            ConnectionString, "UPDATE digest_deliveries SET attempts = 1, last_attempt_at = @at, last_error = 'SMTP: down' WHERE digest_id = @digest",
            ("at", ScanTime.AddMinutes(10)), ("digest", digestId));
        var before = EnqueuedJobsFor(deliveries);

        // Eleven minutes after the scan: an untried delivery written then would be swept (the test above).
        Clock.Now = ScanTime.AddMinutes(11);
        try
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Api.Jobs.DeliverySweepJob>().RunAsync(CancellationToken.None);
        }
        finally
        {
            Clock.Now = ScanTime;
        }

        Assert.That(EnqueuedJobsFor(deliveries), Is.EqualTo(before));
    }

    /// <summary>How many jobs waiting in the default queue carry one of <paramref name="deliveryIds"/>.</summary>
    private int EnqueuedJobsFor(Guid[] deliveryIds) =>
        Factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, int.MaxValue)
            .Count(job => job.Value.Job?.Args.OfType<Guid>().Any(deliveryIds.Contains) == true);

    private async Task CompleteAsync(Guid actionId)
    {
        using var current = await Client.GetAsync(new Uri($"/api/v1/actions/{actionId}", UriKind.Relative));
        using var response = await Client.SendMergePatchAsync($"/api/v1/actions/{actionId}", """{"status":"Completed"}""", current.ETag());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
