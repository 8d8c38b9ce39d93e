using System.Text.RegularExpressions;
using DeliveryTracker.Contracts.Reminders;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// The whole path with a real Hangfire server in the test host and a real mail server (smtp4dev): the scan writes a digest
/// and its outbox, the delivery jobs put it in-app and send it by email, once each, most urgent first, with a link to each
/// action; running the jobs again sends nothing twice. A lead with no account is delivered by email only: nobody can read
/// its in-app notification yet.
/// </summary>
public sealed class DigestDeliveryTests : DeliveryFixture
{
    private TestSmtp _smtp = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(_smtp.ApiSettings)
    {
        ["Jobs:RunServer"] = "true",
        ["Jobs:PollInterval"] = "00:00:00.200",
        ["Jobs:DeliveryRetryDelaysSeconds:0"] = "1",
        ["Jobs:DeliveryRetryDelaysSeconds:1"] = "1",
    };

    protected override async Task BeforeApiStartsAsync() => _smtp = await TestSmtp.SharedAsync();

    [Test]
    public async Task Scan_LeadWithEmailAndNoAccount_NotifiedInAppOnceAndDeliveredByEmailOnceMostUrgentFirst()
    {
        var (leadId, email) = await NewLeadWithEmailAsync();
        // Today is 1 Oct 2024: T-1.1 is due soon, T-1.2 is 7 days overdue, T-1.3 is 60 days overdue.
        var (planId, actions) = await PlanLedByAsync(leadId, new DateOnly(2024, 10, 8), new DateOnly(2024, 9, 24), new DateOnly(2024, 8, 2));

        await ScanOnlyAsync(planId);
        var digestId = await DigestOfLeadAsync(leadId);
        await WaitForDeliveriesAsync(digestId);

        var notifications = await NotificationsOfDigestAsync(digestId);
        var emails = await _smtp.MessagesToAsync(email);
        Assert.That(notifications, Has.Count.EqualTo(1), "one in-app notification");
        Assert.That(emails, Has.Count.EqualTo(1), "one email");
        var text = await _smtp.PlainTextAsync(emails[0]);
        var html = await _smtp.HtmlAsync(emails[0]);
        var reminders = await RemindersAsync(digestId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(notifications[0].Subject, Is.EqualTo("3 actions need an update"));
            Assert.That(emails[0].Subject, Is.EqualTo("3 actions need an update"));
            Assert.That(notifications[0].Body, Does.Contain("T-1.3 was due on 2 August 2024. It is 60 days overdue."));
            Assert.That(notifications[0].Body, Does.Contain("T-1.2 was due on 24 September 2024. It is 7 days overdue."));
            Assert.That(notifications[0].Body, Does.Contain("T-1.1 is due on 8 October 2024."));
            Assert.That(Positions(text, "T-1.3 was due", "T-1.2 was due", "T-1.1 is due"), Is.Ordered, "most urgent first in the email");
            Assert.That(Positions(notifications[0].Body, "T-1.3 was due", "T-1.2 was due", "T-1.1 is due"), Is.Ordered, "most urgent first in-app");
            foreach (var (id, _) in actions)
            {
                Assert.That(notifications[0].Body, Does.Contain($"http://127.0.0.1:5080/actions/{id}"), "in-app links each action");
                Assert.That(text, Does.Not.Contain($"/actions/{id}"), "the action pages need an account this lead does not have");
            }

            Assert.That(text, Does.Contain("http://127.0.0.1:5080/update#"), "a lead with no account gets a signed update link");
            Assert.That(Regex.Count(html, "href=\"http://127\\.0\\.0\\.1:5080/update#"), Is.EqualTo(actions.Count + 1), "each action, and the closing, link to the update page in HTML");
            Assert.That(text, Does.Contain("Use the link below to post a progress update to each action."));
            Assert.That(notifications[0].Body, Does.Not.Contain("/update#"), "never in-app, where anyone reading the lead's notifications would see it");
            Assert.That(reminders.Values.Select(r => r.State), Is.All.EqualTo("Delivered"));
            Assert.That(reminders.Values.Select(r => r.DeliveredVia), Is.All.EqualTo(new[] { "Email" }), "the in-app notification has no reader: a lead with no account");
            Assert.That(reminders.Values.Select(r => r.HasDeliveredAt), Is.All.True);
            Assert.That((await DeliveryAsync(digestId, DeliveryChannel.Email)).State, Is.EqualTo("Sent"));
            Assert.That(await DeliveryAsync(digestId, DeliveryChannel.InApp), Has.Property("State").EqualTo("Skipped").And.Property("LastError").EqualTo("the lead has no account"));
        }
    }

    [Test]
    public async Task DeliveryJobs_RunTwice_SendNothingTwice()
    {
        var (leadId, email) = await NewLeadWithEmailAsync();
        var (planId, _) = await PlanLedByAsync(leadId, new DateOnly(2024, 9, 20));
        await ScanOnlyAsync(planId);
        var digestId = await DigestOfLeadAsync(leadId);
        await WaitForDeliveriesAsync(digestId);

        // As if Hangfire ran each job again (a retry after a lost acknowledgement, or the sweep's extra enqueue).
        var inApp = await DeliveryAsync(digestId, DeliveryChannel.InApp);
        var byEmail = await DeliveryAsync(digestId, DeliveryChannel.Email);
        await Task.WhenAll(RunInAppJobAsync(inApp.Id), RunInAppJobAsync(inApp.Id), RunEmailJobAsync(byEmail.Id), RunEmailJobAsync(byEmail.Id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await NotificationsOfDigestAsync(digestId), Has.Count.EqualTo(1));
            Assert.That(await _smtp.MessagesToAsync(email), Has.Count.EqualTo(1));
            Assert.That(await DeliveryAsync(digestId, DeliveryChannel.Email), Is.EqualTo(byEmail with { State = "Sent" }));
        }
    }

    private static int[] Positions(string text, params string[] parts) => parts.Select(part => text.IndexOf(part, StringComparison.Ordinal)).ToArray();
}
