namespace DeliveryTracker.Contracts.Webhooks;

/// <summary>What a webhook subscription is told about.</summary>
public enum WebhookEvent
{
    /// <summary>An action was created, changed or deleted.</summary>
    ActionChanged,

    /// <summary>A lead posted a progress update.</summary>
    ProgressUpdatePosted,

    /// <summary>A KPI measurement was added or corrected.</summary>
    MeasurementChanged,
}
