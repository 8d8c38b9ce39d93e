namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>The query string of <c>GET /api/v1/recommendations</c>.</summary>
/// <param name="ReviewId">Only the recommendations of this review.</param>
/// <param name="Number">Only the recommendation with this number.</param>
/// <param name="Limit">Page size, 1–200; default 50.</param>
/// <param name="Cursor">nextCursor from the previous page.</param>
public sealed record RecommendationListParameters(Guid? ReviewId = null, int? Number = null, int? Limit = null, string? Cursor = null);
