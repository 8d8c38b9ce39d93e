namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// Hands the deliveries of new digests to Hangfire: one job per <see cref="DigestDelivery"/> row (never one per action),
/// enqueued after the scan's transaction commits. A delivery whose job was lost (the process died between the commit and
/// the enqueue) stays Pending in the outbox and is enqueued again by the next call.
/// </summary>
public sealed class DigestDispatch
{
    /// <summary>Enqueues a delivery job for every pending delivery of <paramref name="digestIds"/>.</summary>
    /// <remarks>Filled in by the delivery work (in-app, email); until then digests stay Pending in the outbox.</remarks>
    public Task EnqueueAsync(IReadOnlyCollection<Guid> digestIds, CancellationToken cancellationToken) => Task.CompletedTask;
}
