using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Reminders;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Jobs;

/// <summary>
/// Recurring (<see cref="RecurringJobs.DeliverySweep"/>, every 5 minutes): enqueues again the deliveries a crash left
/// Pending with no job — the process died between the scan's commit and its enqueue, or a retry's job was lost. A delivery
/// never attempted counts as left behind <see cref="JobsOptions.DeliverySweepAfter"/> after it was written; one that failed
/// only after its longest retry delay on top, so a delivery waiting for a Hangfire retry is not attempted early. An
/// enqueue too many does no harm: the job finds the delivery sent and stops.
/// </summary>
public sealed class DeliverySweepJob(TrackerDbContext db, DigestDispatch dispatch, JobsOptions options, TimeProvider time, ILogger<DeliverySweepJob> logger)
{
    /// <summary>At most this many per run; the next run takes the rest.</summary>
    private const int BatchSize = 2000;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var neverTriedBefore = now - options.DeliverySweepAfter;
        var retryLostBefore = neverTriedBefore - TimeSpan.FromSeconds(options.DeliveryRetryDelays.Max());
        var stranded = await db.DigestDeliveries.AsNoTracking()
            .Where(d => d.State == DigestDeliveryState.Pending
                && (d.Attempts == 0 ? d.CreatedAt < neverTriedBefore : d.LastAttemptAt < retryLostBefore))
            .OrderBy(d => d.CreatedAt)
            .Take(BatchSize)
            .Select(d => new { d.Id, d.Channel })
            .ToListAsync(cancellationToken);
        foreach (var delivery in stranded)
        {
            dispatch.Enqueue(delivery.Id, delivery.Channel);
        }

        if (stranded.Count > 0)
        {
            logger.LogWarning("Delivery sweep enqueued {Count} deliveries left pending with no job", stranded.Count);
        }
    }
}
