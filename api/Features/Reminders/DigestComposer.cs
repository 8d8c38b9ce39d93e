using DeliveryTracker.Api.Data;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Reminders;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// Writes a digest as it stands at delivery time, not at scan time: each reminder is joined to its action as it is now,
/// and a reminder whose action has since been completed or cancelled is withdrawn and left out, so an action completed
/// between the scan and the delivery drops out of the digest. Runs inside the delivery job's transaction.
/// </summary>
public sealed class DigestComposer(TrackerDbContext db, DigestWording wording)
{
    /// <summary>The digest's message, most urgent first; null when nothing is left to say (the delivery is then Skipped).</summary>
    public async Task<DigestMessage?> ComposeAsync(ReminderDigest digest, DigestUpdateLink? updateLink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        // Only reminders not yet delivered are withdrawn: one the in-app notification already showed keeps its history,
        // it is just not repeated by a later channel.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE reminders AS r SET state = 'Withdrawn'
            FROM actions AS a
            WHERE r.digest_id = {digest.Id} AND a.id = r.action_id
              AND a.status IN ('Completed', 'Cancelled') AND r.state IN ('Pending', 'Failed')
            """, cancellationToken);

        var items = await (
            from reminder in db.Reminders.AsNoTracking()
            join action in db.Actions on reminder.ActionId equals action.Id
            where reminder.DigestId == digest.Id
                && reminder.State != ReminderState.Withdrawn
                && action.Status != ActionStatus.Completed
                && action.Status != ActionStatus.Cancelled
            select new DigestItem(
                reminder.Id, action.Id, action.ReferenceCode, action.Text, reminder.Kind, reminder.DueOn, reminder.DaysOverdue,
                !action.LeadToBeAgreed && db.ActionLeads.Any(l => l.ActionId == action.Id)))
            .ToListAsync(cancellationToken);

        return items.Count == 0 ? null : wording.Write(DigestOrder.MostUrgentFirst(items), updateLink);
    }
}
