using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Reminders;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Jobs;

/// <summary>
/// Delivers a digest in-app: one notification for the digest's user and/or lead, then the delivery is Sent and its
/// reminders Delivered (via InApp). A lead with no account gets the notification too (an account linked later shows it),
/// but nobody can read it yet: that delivery is Skipped ("the lead has no account") and the reminders wait for the email.
/// Safe to run twice: the delivery's row lock and state stop a second run, and the notification is unique per digest
/// besides. An action completed since the scan drops out; a digest left empty is Skipped. Every failed attempt is
/// recorded on the delivery and its reminders, then thrown for Hangfire's retry with the delivery backoff.
/// </summary>
public sealed class InAppDeliveryJob(TrackerDbContext db, DeliveryOutbox outbox, DigestComposer composer, TimeProvider time, JobsOptions options)
{
    /// <summary>The notifications table's limit on a body: a digest longer than that is cut (the items are the reminders).</summary>
    private const int BodyLength = 20000;

    public async Task RunAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync(deliveryId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The job's transaction has rolled back: recorded on its own, so the sweep sees the attempt and waits for the retry.
            await outbox.FailedAsync(deliveryId, $"In-app: {ex.Message}", options.DeliveryRetryDelays.Count, CancellationToken.None);
            throw;
        }
    }

    private async Task DeliverAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await outbox.LockPendingAsync(deliveryId, cancellationToken) is not { } delivery)
        {
            return;
        }

        var digest = await db.ReminderDigests.AsNoTracking().SingleAsync(d => d.Id == delivery.DigestId, cancellationToken);
        var message = await composer.ComposeAsync(digest, updateLink: null, cancellationToken);
        if (message is null)
        {
            await outbox.SkippedAsync(delivery.Id, "every action in it was completed or cancelled before delivery", cancellationToken);
        }
        else
        {
            var body = message.Text.Length <= BodyLength ? message.Text : string.Concat(message.Text.AsSpan(0, BodyLength - 1), "…");
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO notifications (id, user_id, lead_id, digest_id, subject, body, created_at)
                VALUES ({Guid.CreateVersion7()}, {digest.UserId}, {digest.LeadId}, {digest.Id}, {message.Subject}, {body}, {time.GetUtcNow()})
                ON CONFLICT (digest_id) DO NOTHING
                """, cancellationToken);
            if (await HasReaderAsync(digest, cancellationToken))
            {
                await outbox.SentAsync(delivery, message.ReminderIds, cancellationToken);
            }
            else
            {
                await outbox.SkippedAsync(delivery.Id, "the lead has no account", cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Whether an account can read the notification: the digest's user, or the account linked to its lead.</summary>
    private async Task<bool> HasReaderAsync(ReminderDigest digest, CancellationToken cancellationToken) =>
        digest.UserId is not null
        || (digest.LeadId is { } leadId && await db.Leads.AsNoTracking().AnyAsync(l => l.Id == leadId && l.UserId != null, cancellationToken));
}
