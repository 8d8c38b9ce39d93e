namespace DeliveryTracker.Contracts.Reminders;

/// <summary>Where a reminder is in its delivery.</summary>
public enum ReminderState
{
    /// <summary>Recorded by a scan; its digest has not been delivered on any channel yet.</summary>
    Pending,

    /// <summary>Its digest reached the recipient on at least one channel (in-app always counts).</summary>
    Delivered,

    /// <summary>The last delivery attempt failed and will be retried (see the last failure).</summary>
    Failed,

    /// <summary>Dropped before delivery: the action was completed or cancelled after the scan.</summary>
    Withdrawn,
}
