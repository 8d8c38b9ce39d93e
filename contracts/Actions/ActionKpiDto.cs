namespace DeliveryTracker.Contracts.Actions;

/// <summary>A KPI that measures an action.</summary>
/// <param name="KpiId">The KPI's id.</param>
/// <param name="Code">The KPI's short code, e.g. "CRIME-BURGLARY".</param>
/// <param name="Name">The KPI's name.</param>
public sealed record ActionKpiDto(Guid KpiId, string Code, string Name);
