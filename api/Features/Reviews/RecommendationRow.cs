namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>A recommendation and the actions that answer it, rated as of <paramref name="AsOf"/>, as read for one response.</summary>
internal sealed record RecommendationRow(Recommendation Recommendation, IReadOnlyList<AnsweringAction> AnsweringActions, DateOnly AsOf);
