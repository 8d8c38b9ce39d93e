namespace DeliveryTracker.Contracts.Reviews;

/// <summary>An action that answers a recommendation.</summary>
/// <param name="Id">The action's id.</param>
/// <param name="ReferenceCode">The action's reference, unique in its plan (e.g. "SYV-1.1").</param>
/// <param name="PlanId">The plan the action belongs to.</param>
public sealed record AnsweringActionDto(Guid Id, string ReferenceCode, Guid PlanId);
