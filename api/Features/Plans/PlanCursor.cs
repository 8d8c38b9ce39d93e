namespace DeliveryTracker.Api.Features.Plans;

/// <summary>The sort key of the last plan on a page: plans are listed newest period first, then newest created first (ids are UUIDv7).</summary>
internal sealed record PlanCursor(DateOnly PeriodStart, Guid Id);
