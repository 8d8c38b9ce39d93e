namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>Where one channel's delivery of a digest stands.</summary>
public enum DigestDeliveryState
{
    /// <summary>Waiting for (or between) attempts.</summary>
    Pending,

    Sent,

    /// <summary>Given up after the last retry; the error is kept.</summary>
    Failed,

    /// <summary>Nothing to send: every action in it was completed or cancelled before delivery, or the channel does not apply.</summary>
    Skipped,
}
