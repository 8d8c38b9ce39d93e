namespace DeliveryTracker.Contracts.Plans;

/// <summary>One measurement in a KPI tile's trend.</summary>
/// <param name="PeriodLabel">The period as written, e.g. "2020-Q3".</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period.</param>
/// <param name="Value">The value, in the KPI's unit.</param>
public sealed record KpiTrendPointDto(string PeriodLabel, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value);
