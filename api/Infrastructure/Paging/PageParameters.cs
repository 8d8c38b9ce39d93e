namespace DeliveryTracker.Api.Infrastructure.Paging;

/// <summary>
/// The query string of a list with no filters: the page size and the cursor. Lists with filters declare their own
/// <c>[AsParameters]</c> record with these two members last (e.g. <c>ActionListParameters</c>), so every list takes
/// its parameters one way.
/// </summary>
/// <param name="Limit">Page size, 1–200; default 50.</param>
/// <param name="Cursor">nextCursor from the previous page.</param>
public sealed record PageParameters(int? Limit = null, string? Cursor = null);
