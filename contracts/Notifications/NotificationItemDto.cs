using DeliveryTracker.Contracts.Reminders;

namespace DeliveryTracker.Contracts.Notifications;

/// <summary>One reminder in a digest: which action, why, and whether it still stands.</summary>
/// <param name="ReminderId">The reminder's id.</param>
/// <param name="ActionId">The action it is about.</param>
/// <param name="ReferenceCode">The action's reference code, e.g. "SYV-2.1".</param>
/// <param name="ActionText">The action's text.</param>
/// <param name="Kind">Why: due soon, overdue, escalated, an update asked for before a board meeting, or no lead.</param>
/// <param name="DueOn">The date it is about: the action's due date, or the board meeting.</param>
/// <param name="DaysOverdue">Days overdue on the day of the scan (0 unless overdue or escalated).</param>
/// <param name="State">Its delivery state; Withdrawn when the action was completed or cancelled after the scan.</param>
public sealed record NotificationItemDto(
    Guid ReminderId,
    Guid ActionId,
    string ReferenceCode,
    string ActionText,
    ReminderKind Kind,
    DateOnly DueOn,
    int DaysOverdue,
    ReminderState State);
