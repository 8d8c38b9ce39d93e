namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>The query string of <c>GET /api/v1/recommendations</c>.</summary>
/// <param name="ReviewId">Only the recommendations of this review.</param>
/// <param name="Number">Only the recommendation with this number.</param>
/// <param name="PlanId">
/// Only the recommendations of the review this plan answers, each with only this plan's actions (so rollUp and covered
/// describe the plan's answer). Empty when the plan answers no review.
/// </param>
/// <param name="Covered">true: only recommendations that an action which is not cancelled answers; false: only the others.</param>
/// <param name="AsOf">The date the answering actions' ratings are worked out for; default today in Europe/London.</param>
/// <param name="Limit">Page size, 1–200; default 50.</param>
/// <param name="Cursor">nextCursor from the previous page.</param>
public sealed record RecommendationListParameters(
    Guid? ReviewId = null,
    int? Number = null,
    Guid? PlanId = null,
    bool? Covered = null,
    DateOnly? AsOf = null,
    int? Limit = null,
    string? Cursor = null);
