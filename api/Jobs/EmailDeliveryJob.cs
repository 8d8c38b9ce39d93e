using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Reminders;
using DeliveryTracker.Api.Features.UpdateLinks;
using DeliveryTracker.Api.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Jobs;

/// <summary>
/// Delivers a digest by email (SMTP, HTML and plain text). Skipped with the reason when email is not configured, the
/// recipient turned email reminders off or has no address, or every action in it was completed since the scan. A failed
/// send is recorded on the delivery and its reminders and then thrown, so Hangfire retries it with the delivery backoff
/// (<see cref="DeliveryRetryFilterProvider"/>); after the last retry the delivery is Failed. The delivery's row lock is
/// held across the send, so a second run waits and then finds it Sent: one email per delivery.
/// </summary>
public sealed class EmailDeliveryJob(
    TrackerDbContext db, DeliveryOutbox outbox, DigestComposer composer, DigestRecipients recipients, EmailSender sender, UpdateLinkIssuer updateLinks,
    JobsOptions options)
{
    public async Task RunAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await outbox.LockPendingAsync(deliveryId, cancellationToken) is not { } delivery)
        {
            return;
        }

        var digest = await db.ReminderDigests.AsNoTracking().SingleAsync(d => d.Id == delivery.DigestId, cancellationToken);
        var recipient = sender.IsConfigured ? await recipients.ForEmailAsync(digest, cancellationToken) : EmailRecipient.Skip("email is not set up on this server (Email:Smtp:Host)");
        var message = recipient.SkipReason is null
            ? await composer.ComposeAsync(digest, recipient.NeedsUpdateLink ? await UpdateLinkFor(digest, cancellationToken) : null, cancellationToken)
            : null;
        if (recipient.SkipReason is { } reason || message is null)
        {
            await outbox.SkippedAsync(delivery.Id, recipient.SkipReason ?? "every action in it was completed or cancelled before delivery", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        try
        {
            await sender.SendAsync(
                new OutgoingEmail(recipient.Address!, recipient.Name, message.Subject, message.Text, message.Html, $"{delivery.Id}@delivery-tracker"),
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Recorded in this transaction (so it outlives the throw), then thrown for Hangfire's retry and backoff.
            var final = delivery.Attempts + 1 > options.DeliveryRetryDelays.Count;
            await outbox.FailedAsync(delivery.Id, message.ReminderIds, $"SMTP: {ex.Message}", final, CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            throw;
        }

        await outbox.SentAsync(delivery, message.ReminderIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The signed, expiring link that lets a lead with no account post updates to exactly this digest's actions: one per
    /// digest, so a retried email carries the same link.
    /// </summary>
    private async Task<DigestUpdateLink?> UpdateLinkFor(ReminderDigest digest, CancellationToken cancellationToken)
    {
        if (digest.LeadId is not { } leadId)
        {
            return null;
        }

        var url = await updateLinks.IssueAsync(digest.Id, leadId, cancellationToken);
        var expiresAt = await db.UpdateLinks.AsNoTracking().Where(l => l.DigestId == digest.Id).Select(l => l.ExpiresAt).SingleAsync(cancellationToken);
        return new DigestUpdateLink(url, expiresAt);
    }
}
