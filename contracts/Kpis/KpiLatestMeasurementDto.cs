namespace DeliveryTracker.Contracts.Kpis;

/// <summary>
/// The most recent measurement of a KPI: the one whose period ends last (of two ending the same day, the shorter one).
/// With the KPI's target, amber tolerance and direction it is what a RAG rating is judged on.
/// </summary>
/// <param name="Id">The measurement's id.</param>
/// <param name="PeriodLabel">The period as written, e.g. "Jan–Aug 2020".</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period.</param>
/// <param name="Value">The value, in the KPI's unit.</param>
public sealed record KpiLatestMeasurementDto(Guid Id, string PeriodLabel, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value);
