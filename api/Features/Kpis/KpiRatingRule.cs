namespace DeliveryTracker.Api.Features.Kpis;

/// <summary>The rule of <c>kpi_ratings(as_of)</c> that decided a KPI's rating; it picks the reason's wording.</summary>
public enum KpiRatingRule
{
    /// <summary>ToBeAgreed: lifecycle ToBeAgreed, or Defined without a target.</summary>
    ToBeAgreed,

    /// <summary>Monitored: tracked without a target.</summary>
    NoTarget,

    /// <summary>NoData: a target, but no measurement of a period ended by the date.</summary>
    NoMeasurement,

    /// <summary>Stale: the next figure was due (period end + frequency + lag) before the date.</summary>
    Stale,

    /// <summary>Green: on the right side of the target, or on it.</summary>
    MetTarget,

    /// <summary>Amber: on the wrong side, by no more than the amber tolerance.</summary>
    WithinAmberBand,

    /// <summary>Red: on the wrong side by more than the amber tolerance.</summary>
    BeyondAmberBand,

    /// <summary>Red: on the wrong side, and no amber tolerance is set.</summary>
    MissedTarget,
}
