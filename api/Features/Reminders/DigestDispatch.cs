using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Jobs;
using DeliveryTracker.Contracts.Reminders;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// Hands the deliveries of new digests to Hangfire: one job per <see cref="DigestDelivery"/> row (never one per action),
/// enqueued after the scan's transaction commits; the job's arguments are the delivery's id only. A delivery whose job was
/// lost (the process died between the commit and the enqueue) stays Pending in the outbox and is enqueued again by the
/// delivery sweep (<see cref="DeliverySweepJob"/>).
/// </summary>
public sealed class DigestDispatch(TrackerDbContext db, IBackgroundJobClient jobs)
{
    /// <summary>Enqueues a delivery job for every pending delivery of <paramref name="digestIds"/>.</summary>
    public async Task EnqueueAsync(IReadOnlyCollection<Guid> digestIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digestIds);
        if (digestIds.Count == 0)
        {
            return;
        }

        var ids = digestIds.ToArray();
        var pending = await db.DigestDeliveries.AsNoTracking()
            .Where(d => ids.Contains(d.DigestId) && d.State == DigestDeliveryState.Pending)
            .OrderBy(d => d.CreatedAt)
            .Select(d => new { d.Id, d.Channel })
            .ToListAsync(cancellationToken);
        foreach (var delivery in pending)
        {
            Enqueue(delivery.Id, delivery.Channel);
        }
    }

    /// <summary>Enqueues the job of one delivery: the channel picks the job class.</summary>
    public void Enqueue(Guid deliveryId, DeliveryChannel channel)
    {
        _ = channel switch
        {
            DeliveryChannel.InApp => jobs.Enqueue<InAppDeliveryJob>(job => job.RunAsync(deliveryId, CancellationToken.None)),
            DeliveryChannel.Email => jobs.Enqueue<EmailDeliveryJob>(job => job.RunAsync(deliveryId, CancellationToken.None)),
            _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "No delivery job for this channel."),
        };
    }
}
