using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Contracts.Reviews;

/// <summary>An action that answers a recommendation, with what the recommendations page shows of it.</summary>
/// <param name="Id">The action's id.</param>
/// <param name="ReferenceCode">The action's reference, unique in its plan (e.g. "SYV-1.1").</param>
/// <param name="PlanId">The plan the action belongs to.</param>
/// <param name="Text">The action as the plan words it.</param>
/// <param name="Status">The action's status now (not as of the ratings' date).</param>
/// <param name="EffectiveRating">
/// The rating the board counts, as of the recommendation's <c>asOf</c> date (the reported rating while fresh, else the
/// derived one); null when the action was cancelled by then.
/// </param>
/// <param name="PrimaryLeadName">The name of the action's primary lead; null when it has no lead yet.</param>
public sealed record AnsweringActionDto(
    Guid Id,
    string ReferenceCode,
    Guid PlanId,
    string Text,
    ActionStatus Status,
    RagRating? EffectiveRating,
    string? PrimaryLeadName);
