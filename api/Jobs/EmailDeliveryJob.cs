using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Reminders;
using DeliveryTracker.Api.Features.UpdateLinks;
using DeliveryTracker.Api.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Jobs;

/// <summary>
/// Delivers a digest by email (SMTP, HTML and plain text). Skipped with the reason when email is not configured, the
/// recipient turned email reminders off or has no address, or every action in it was completed since the scan. Every
/// failed attempt (the send, or any step before it) is recorded on the delivery and its reminders and then thrown, so
/// Hangfire retries it with the delivery backoff (<see cref="DeliveryRetryFilterProvider"/>); after the last retry the
/// delivery is Failed. The delivery's row lock is held across the send, so a second run waits and then finds it Sent:
/// one send per successful commit. Once the server has accepted the message nothing fails the attempt (the bookkeeping
/// ignores cancellation); only a crash between that acceptance and the commit can send it again, with the same Message-Id.
/// </summary>
public sealed class EmailDeliveryJob(
    TrackerDbContext db, DeliveryOutbox outbox, DigestComposer composer, DigestRecipients recipients, EmailSender sender, UpdateLinkIssuer updateLinks,
    JobsOptions options)
{
    public async Task RunAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var step = new Step();
        try
        {
            await DeliverAsync(deliveryId, step, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The job's transaction has rolled back: recorded on its own, so the sweep sees the attempt and waits for the retry.
            await outbox.FailedAsync(deliveryId, $"{(step.Sending ? "SMTP" : "Email")}: {ex.Message}", options.DeliveryRetryDelays.Count, CancellationToken.None);
            throw;
        }
    }

    private async Task DeliverAsync(Guid deliveryId, Step step, CancellationToken cancellationToken)
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
            if (recipient.Unreachable)
            {
                // A lead with no account (in-app Skipped) and no email address: no channel will ever deliver these.
                await outbox.UndeliverableAsync(digest.Id, $"Not delivered: {recipient.SkipReason}", cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return;
        }

        step.Sending = true;
        await sender.SendAsync(
            new OutgoingEmail(recipient.Address!, recipient.Name, message.Subject, message.Text, message.Html, $"{delivery.Id}@delivery-tracker"),
            cancellationToken);
        step.Sending = false;

        // The server has the message: from here on a shutdown must not roll the delivery back to Pending (its retry would
        // send the email again), so the bookkeeping ignores the job's cancellation.
        await outbox.SentAsync(delivery, message.ReminderIds, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
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

    /// <summary>Where the attempt got to, for the recorded error: "SMTP: …" when the send itself failed.</summary>
    private sealed class Step
    {
        public bool Sending { get; set; }
    }
}
