using DeliveryTracker.Api.Data;
using DeliveryTracker.Contracts.Reminders;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// The delivery jobs' bookkeeping on the outbox (<c>digest_deliveries</c>) and the digest's reminders, in the job's
/// transaction. A job takes the delivery's row lock first (<see cref="LockPendingAsync"/>): a second run of the same job,
/// a job the sweep enqueued again, or a retry racing the first attempt waits for the lock and then finds the delivery no
/// longer Pending, so the same email is never sent twice for one delivery. Plain SQL, not tracked entities: these are
/// set updates (every reminder of the digest) and system bookkeeping, not audited edits.
/// </summary>
public sealed class DeliveryOutbox(TrackerDbContext db, TimeProvider time)
{
    /// <summary>The delivery, locked until the transaction ends; null when it is gone or no longer Pending (nothing to do).</summary>
    public async Task<DigestDelivery?> LockPendingAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var rows = await db.DigestDeliveries
            .FromSql($"SELECT * FROM digest_deliveries WHERE id = {deliveryId} FOR UPDATE")
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return rows is [{ State: DigestDeliveryState.Pending } delivery] ? delivery : null;
    }

    /// <summary>Sent: the delivery is done, and each reminder carried is Delivered with this channel added to its channels.</summary>
    public async Task SentAsync(DigestDelivery delivery, IReadOnlyList<Guid> reminderIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var now = time.GetUtcNow();
        var channel = delivery.Channel.ToString();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE digest_deliveries SET state = 'Sent', sent_at = {now}, attempts = attempts + 1, last_attempt_at = {now}
            WHERE id = {delivery.Id}
            """, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE reminders SET state = 'Delivered', delivered_at = COALESCE(delivered_at, {now}),
                delivered_via = CASE WHEN {channel} = ANY(delivered_via) THEN delivered_via ELSE array_append(delivered_via, {channel}) END
            WHERE id = ANY({reminderIds.ToArray()})
            """, cancellationToken);
    }

    /// <summary>Skipped, with the reason in words ("email reminders turned off"): nothing to send on this channel.</summary>
    public async Task SkippedAsync(Guid deliveryId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE digest_deliveries SET state = 'Skipped', last_error = {Bounded(reason)}, last_attempt_at = {now}
            WHERE id = {deliveryId}
            """, cancellationToken);
    }

    /// <summary>
    /// A failed attempt, at any step of the job (before or after the send), recorded outside the job's transaction (rolled
    /// back by then): counted on the delivery with its error, and shown on the digest's reminders as their last failure. A
    /// reminder not yet delivered on any channel becomes Failed; one already delivered on another channel stays Delivered
    /// (its state says it reached the recipient) and keeps the failure for the log. The attempt after the last retry
    /// (<paramref name="retries"/>) leaves the delivery Failed for good. A delivery no longer Pending (sent by another
    /// run meanwhile) is left alone.
    /// </summary>
    public async Task FailedAsync(Guid deliveryId, string error, int retries, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var message = Bounded(error);
        var digestIds = await db.Database.SqlQuery<Guid>($"""
            UPDATE digest_deliveries
            SET state = CASE WHEN attempts + 1 > {retries} THEN 'Failed' ELSE 'Pending' END,
                attempts = attempts + 1, last_attempt_at = {now}, last_error = {message}
            WHERE id = {deliveryId} AND state = 'Pending'
            RETURNING digest_id AS "Value"
            """).ToListAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE reminders SET last_failure = {message}, last_failure_at = {now},
                state = CASE WHEN state = 'Delivered' THEN state ELSE {ReminderState.Failed.ToString()} END
            WHERE digest_id = ANY({digestIds.ToArray()}) AND state <> {ReminderState.Withdrawn.ToString()}
            """, cancellationToken);
    }

    /// <summary>
    /// No channel can reach the recipient (a lead with no account and no email address): the digest's reminders not
    /// delivered or withdrawn become Failed with <paramref name="reason"/> as their last failure, so the log says why
    /// nobody was reminded instead of showing them Pending for ever. Nothing retries them.
    /// </summary>
    public async Task UndeliverableAsync(Guid digestId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE reminders SET state = {ReminderState.Failed.ToString()}, last_failure = {Bounded(reason)}, last_failure_at = {now}
            WHERE digest_id = {digestId} AND state IN ({ReminderState.Pending.ToString()}, {ReminderState.Failed.ToString()})
            """, cancellationToken);
    }

    private static string Bounded(string text) => text.Length <= 1000 ? text : string.Concat(text.AsSpan(0, 999), "…");
}
