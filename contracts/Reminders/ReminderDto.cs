namespace DeliveryTracker.Contracts.Reminders;

/// <summary>One reminder in the reminders log: about which action, to whom, why, and how its delivery went.</summary>
/// <param name="Id">The reminder's id.</param>
/// <param name="PlanId">The plan of the action.</param>
/// <param name="ActionId">The action it is about.</param>
/// <param name="ReferenceCode">The action's reference code, e.g. "SYV-2.1".</param>
/// <param name="ActionText">The action's text.</param>
/// <param name="LeadId">The lead reminded; null when a programme manager was told (escalations, unassigned actions).</param>
/// <param name="UserId">The programme manager told; null when the recipient is a lead.</param>
/// <param name="RecipientName">The lead's name, or the programme manager's display name.</param>
/// <param name="Kind">Why the recipient was reminded.</param>
/// <param name="Cycle">The occasion it is unique for: a due date, "2020-03-31/2" (third overdue period), "board-2020-06-16".</param>
/// <param name="DueOn">The date it is about: the action's due date, or the board meeting.</param>
/// <param name="DaysOverdue">Days overdue on the day of the scan (0 unless overdue or escalated).</param>
/// <param name="CreatedAt">When the scan recorded it (UTC).</param>
/// <param name="State">Pending, Delivered, Failed (will be retried) or Withdrawn (the action was completed or cancelled first).</param>
/// <param name="DeliveredAt">When its digest was first delivered; null while not delivered.</param>
/// <param name="DeliveredVia">The channels its digest reached, e.g. ["InApp", "Email"].</param>
/// <param name="LastFailure">The last delivery failure in words ("SMTP: connection refused"); null when none.</param>
/// <param name="LastFailureAt">When that failure happened (UTC).</param>
public sealed record ReminderDto(
    Guid Id,
    Guid PlanId,
    Guid ActionId,
    string ReferenceCode,
    string ActionText,
    Guid? LeadId,
    Guid? UserId,
    string RecipientName,
    ReminderKind Kind,
    string Cycle,
    DateOnly DueOn,
    int DaysOverdue,
    DateTimeOffset CreatedAt,
    ReminderState State,
    DateTimeOffset? DeliveredAt,
    IReadOnlyList<DeliveryChannel> DeliveredVia,
    string? LastFailure,
    DateTimeOffset? LastFailureAt);
