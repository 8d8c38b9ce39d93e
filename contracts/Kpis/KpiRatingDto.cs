namespace DeliveryTracker.Contracts.Kpis;

/// <summary>A KPI's RAG rating as of a date, with the reason in words and the measurement it was judged on.</summary>
/// <param name="AsOf">The Europe/London date the rating was worked out for.</param>
/// <param name="Rag">The rating.</param>
/// <param name="Reason">Why, in the board's words, e.g. "75% against a target of 90%, lower than the amber band (85%–90%)".</param>
/// <param name="MeasurementId">The measurement judged: the latest whose period ended on or before the date; null when there is none.</param>
/// <param name="PeriodLabel">That measurement's period as written.</param>
/// <param name="PeriodEnd">That measurement's last day.</param>
/// <param name="Value">That measurement's value, in the KPI's unit.</param>
/// <param name="NextExpectedBy">
/// When the next period's figure is due: the measured period's end plus the KPI's frequency plus its publication lag.
/// After this date with no newer figure the KPI is Stale. Null for ad-hoc KPIs and when there is no measurement.
/// </param>
public sealed record KpiRatingDto(
    DateOnly AsOf,
    KpiRag Rag,
    string Reason,
    Guid? MeasurementId,
    string? PeriodLabel,
    DateOnly? PeriodEnd,
    decimal? Value,
    DateOnly? NextExpectedBy);
