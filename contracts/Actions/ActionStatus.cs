namespace DeliveryTracker.Contracts.Actions;

/// <summary>Delivery status of an action.</summary>
public enum ActionStatus
{
    /// <summary>Work has not begun.</summary>
    NotStarted,

    /// <summary>Work is under way.</summary>
    InProgress,

    /// <summary>Waiting on a partner.</summary>
    Blocked,

    /// <summary>Paused by decision.</summary>
    OnHold,

    /// <summary>Delivered.</summary>
    Completed,

    /// <summary>Will not be delivered; excluded from RAG counts.</summary>
    Cancelled,
}
