using DeliveryTracker.Contracts.Reminders;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>One line of a digest: a reminder with its action as it is at delivery time.</summary>
public sealed record DigestItem(
    Guid ReminderId,
    Guid ActionId,
    string ReferenceCode,
    string ActionText,
    ReminderKind Kind,
    DateOnly DueOn,
    int DaysOverdue);
