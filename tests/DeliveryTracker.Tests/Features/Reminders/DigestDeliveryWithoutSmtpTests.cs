using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Reminders;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>With no SMTP server configured, digests still reach the in-app notifications; email is Skipped with the reason.</summary>
public sealed class DigestDeliveryWithoutSmtpTests : DeliveryFixture
{
    [Test]
    public async Task SmtpNotConfigured_InAppOnly_EmailSkippedWithReason()
    {
        // A lead with an account: its in-app notification is a delivery (one with no account is only reached by email).
        var leadId = await CreateLeadAsync();
        await TestAccounts.CreateUserAsync(Administrator, [Role.Lead], leadId);
        var (planId, _) = await PlanLedByAsync(leadId, new DateOnly(2024, 9, 20));
        await ScanOnlyAsync(planId);
        var digestId = await DigestOfLeadAsync(leadId);

        await RunInAppJobAsync((await DeliveryAsync(digestId, DeliveryChannel.InApp)).Id);
        await RunEmailJobAsync((await DeliveryAsync(digestId, DeliveryChannel.Email)).Id);

        var byEmail = await DeliveryAsync(digestId, DeliveryChannel.Email);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((await DeliveryAsync(digestId, DeliveryChannel.InApp)).State, Is.EqualTo("Sent"));
            Assert.That((byEmail.State, byEmail.LastError), Is.EqualTo(("Skipped", "email is not set up on this server (Email:Smtp:Host)")));
            Assert.That(await NotificationsOfDigestAsync(digestId), Has.Count.EqualTo(1));
            Assert.That((await RemindersAsync(digestId))["T-1.1"].State, Is.EqualTo("Delivered"));
        }
    }
}
