using DeliveryTracker.Contracts.Reminders;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// One line of a digest: a reminder with its action as it is at delivery time. <see cref="HasLead"/>: the action has a
/// lead, not "to be agreed" (only then was a lead reminded of it).
/// </summary>
public sealed record DigestItem(
    Guid ReminderId,
    Guid ActionId,
    string ReferenceCode,
    string ActionText,
    ReminderKind Kind,
    DateOnly DueOn,
    int DaysOverdue,
    bool HasLead);
