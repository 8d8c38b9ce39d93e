namespace DeliveryTracker.Api.Infrastructure.Paging;

/// <summary>The sort key of the last item on a page of a list in creation order (ids are UUIDv7, so they sort by time).</summary>
internal sealed record IdCursor(Guid Id);
