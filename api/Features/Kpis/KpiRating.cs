using DeliveryTracker.Contracts.Kpis;

namespace DeliveryTracker.Api.Features.Kpis;

/// <summary>
/// One row of <c>kpi_ratings(as_of)</c> (<see cref="KpiRatingsFunction"/>): a KPI's rating on a date, the rule that
/// gave it, the measurement it was judged on and the figures the reason quotes. Keyless and read-only; query it with
/// <see cref="Data.TrackerDbContext.KpiRatings"/> and filter by KPI or plan.
/// </summary>
public sealed class KpiRating
{
    public Guid KpiId { get; init; }

    public Guid? PlanId { get; init; }

    public KpiRag Rag { get; init; }

    public KpiRatingRule Rule { get; init; }

    public Guid? MeasurementId { get; init; }

    public string? PeriodLabel { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    public decimal? Value { get; init; }

    public decimal? Target { get; init; }

    public decimal? AmberTolerance { get; init; }

    public KpiUnit Unit { get; init; }

    public KpiDirection Direction { get; init; }

    /// <summary>When the next period's figure is due; null for ad-hoc KPIs and with no measurement.</summary>
    public DateOnly? NextExpectedBy { get; init; }
}
