namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>The sort key of the last recommendation on a page: recommendations are listed by review, then number.</summary>
internal sealed record RecommendationCursor(Guid ReviewId, int Number);
