using DeliveryTracker.Contracts.Actions;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>
/// The last row of an actions page, by the list's sort: its sort value and id. A cursor carries its sort, so one issued
/// for another ordering is refused instead of silently skipping rows.
/// </summary>
public sealed record ActionCursor(ActionSort Sort, string? Reference, DateOnly? Due, DateTimeOffset? Updated, Guid Id);
