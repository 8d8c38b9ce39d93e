namespace DeliveryTracker.Contracts.Reminders;

/// <summary>How a digest reaches its recipient. In-app always; email when SMTP is configured and the recipient wants it.</summary>
public enum DeliveryChannel
{
    InApp,
    Email,
}
