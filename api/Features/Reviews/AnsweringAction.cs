namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>An action that answers a recommendation, as read for the recommendation's response.</summary>
internal sealed record AnsweringAction(Guid RecommendationId, Guid Id, string ReferenceCode, Guid PlanId);
