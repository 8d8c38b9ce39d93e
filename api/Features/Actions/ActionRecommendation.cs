namespace DeliveryTracker.Api.Features.Actions;

/// <summary>Links an action to a review recommendation it answers.</summary>
public sealed class ActionRecommendation
{
    public Guid ActionId { get; set; }

    public Guid RecommendationId { get; set; }

    public Reviews.Recommendation? Recommendation { get; set; }
}
