namespace DeliveryTracker.Contracts.Kpis;

/// <summary>An action the KPI measures.</summary>
/// <param name="ActionId">The action's id.</param>
/// <param name="PlanId">The plan the action belongs to.</param>
/// <param name="ReferenceCode">The action's reference, unique in its plan (e.g. "SYV-2.1").</param>
public sealed record KpiActionLinkDto(Guid ActionId, Guid PlanId, string ReferenceCode);
