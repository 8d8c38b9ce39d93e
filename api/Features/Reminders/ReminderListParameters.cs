using DeliveryTracker.Contracts.Reminders;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>The query string of <c>GET /api/v1/reminders</c>.</summary>
/// <param name="PlanId">Only reminders about actions of this plan.</param>
/// <param name="LeadId">Only reminders to this lead.</param>
/// <param name="Kind">Only reminders of this kind.</param>
/// <param name="State">Only reminders in this delivery state.</param>
/// <param name="Limit">Page size, 1–200; default 50.</param>
/// <param name="Cursor">nextCursor from the previous page.</param>
public sealed record ReminderListParameters(
    Guid? PlanId = null, Guid? LeadId = null, ReminderKind? Kind = null, ReminderState? State = null, int? Limit = null, string? Cursor = null);
