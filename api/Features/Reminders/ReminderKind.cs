namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>Why a lead was reminded.</summary>
public enum ReminderKind
{
    DueSoon,
    Overdue,
    Escalation,
    BoardUpdateRequest,
}
