using DeliveryTracker.Contracts.Reminders;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// The outbox: one row per digest and channel, written with the digest. A delivery job (a Hangfire job, retried with
/// backoff) sends it and records the outcome here and on the digest's reminders; a job run twice finds it sent and
/// does nothing.
/// </summary>
public sealed class DigestDelivery
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DigestId { get; set; }

    public DeliveryChannel Channel { get; set; }

    public DigestDeliveryState State { get; set; } = DigestDeliveryState.Pending;

    public int Attempts { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
