using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>An action that answers a recommendation, with its effective rating as of a date, as read for the recommendation's response.</summary>
internal sealed record AnsweringAction(
    Guid RecommendationId,
    Guid Id,
    string ReferenceCode,
    Guid PlanId,
    string Text,
    ActionStatus Status,
    RagRating? EffectiveRating,
    string? PrimaryLeadName);
