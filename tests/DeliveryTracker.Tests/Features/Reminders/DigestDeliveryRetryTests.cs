using DeliveryTracker.Contracts.Reminders;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// The mail server goes down and comes back, with a real Hangfire server retrying: deliveries fail, are retried with the
/// configured backoff (a second or two here), the reminders show the last failure; once SMTP is back every digest is sent,
/// exactly one email each, nothing lost. Uses a smtp4dev of its own, so stopping it disturbs no other fixture.
/// </summary>
public sealed class DigestDeliveryRetryTests : DeliveryFixture
{
    private TestSmtp _smtp = null!;

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(_smtp.ApiSettings)
            {
                ["Jobs:RunServer"] = "true",
                ["Jobs:PollInterval"] = "00:00:00.200",
                ["Email:Smtp:Timeout"] = "00:00:05",
            };
            // 20 retries, 1–3 s apart: about 40 s of retrying, enough for smtp4dev to restart on a loaded machine.
            for (var retry = 0; retry < 20; retry++)
            {
                settings[$"Jobs:DeliveryRetryDelaysSeconds:{retry}"] = retry < 5 ? "1" : retry < 10 ? "2" : "3";
            }

            return settings;
        }
    }

    protected override async Task BeforeApiStartsAsync() => _smtp = await TestSmtp.StartNewAsync();

    [OneTimeTearDown]
    public async Task StopSmtpAsync() => await _smtp.DisposeAsync();

    [Test]
    public async Task SmtpDown_DeliveriesRetriedAndFailureShown_ThenSentOnceEachWhenBack()
    {
        var first = await NewLeadWithEmailAsync();
        var second = await NewLeadWithEmailAsync();
        var (planId, _) = await NewPlanWithActionsAsync([
            new TestAction(DueDate: new DateOnly(2024, 9, 20), Leads: [new(first.Id, true)]),
            new TestAction(DueDate: new DateOnly(2024, 9, 24), Leads: [new(second.Id, true)]),
        ]);
        await _smtp.StopAsync();

        await ScanOnlyAsync(planId);
        var digests = new[] { await DigestOfLeadAsync(first.Id), await DigestOfLeadAsync(second.Id) };
        await Eventually.WaitUntilAsync(
            async () => (await Task.WhenAll(digests.Select(d => DeliveryAsync(d, DeliveryChannel.Email)))).All(e => e.Attempts >= 2)
                && (await Task.WhenAll(digests.Select(d => DeliveryAsync(d, DeliveryChannel.InApp)))).All(d => d.State != "Pending"),
            "the in-app deliveries and two failed attempts of each email delivery");
        var failed = await DeliveryAsync(digests[0], DeliveryChannel.Email);
        var duringOutage = await RemindersAsync(digests[0]);

        await _smtp.StartAsync();
        foreach (var digest in digests)
        {
            await WaitForDeliveriesAsync(digest);
        }

        var sent = await DeliveryAsync(digests[0], DeliveryChannel.Email);
        var afterOutage = await RemindersAsync(digests[0]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.State, Is.EqualTo("Pending"), "still to be retried during the outage");
            Assert.That(failed.LastError, Does.StartWith("SMTP: "));
            Assert.That(duringOutage["T-1.1"].LastFailure, Does.StartWith("SMTP: "), "the reminder shows the last failure");
            Assert.That(duringOutage["T-1.1"].State, Is.EqualTo("Failed"), "a lead with no account: the in-app notification delivers nothing");
            Assert.That(duringOutage["T-1.1"].DeliveredVia, Is.Empty);
            Assert.That(sent.State, Is.EqualTo("Sent"));
            Assert.That(sent.Attempts, Is.GreaterThan(failed.Attempts));
            Assert.That((afterOutage["T-1.1"].State, afterOutage["T-1.1"].DeliveredVia), Is.EqualTo(("Delivered", new[] { "Email" })));
            Assert.That(afterOutage["T-1.1"].LastFailure, Does.StartWith("SMTP: "), "the failure stays in the reminder's history");
            Assert.That(await _smtp.MessagesToAsync(first.Email), Has.Count.EqualTo(1));
            Assert.That(await _smtp.MessagesToAsync(second.Email), Has.Count.EqualTo(1));
            Assert.That((await DeliveryAsync(digests[1], DeliveryChannel.Email)).State, Is.EqualTo("Sent"));
        }
    }
}
