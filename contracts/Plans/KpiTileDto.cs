using DeliveryTracker.Contracts.Kpis;

namespace DeliveryTracker.Contracts.Plans;

/// <summary>A KPI's tile on the plan's dashboard: what it measures, its rating as of the date and a short trend.</summary>
/// <param name="Id">The KPI's id.</param>
/// <param name="Code">Short code unique across KPIs, e.g. "CRIME-BURGLARY".</param>
/// <param name="Name">The KPI's name.</param>
/// <param name="Unit">What the values count.</param>
/// <param name="Direction">Whether higher or lower values are better.</param>
/// <param name="Target">The value aimed for; null when none is set.</param>
/// <param name="AmberTolerance">How far on the wrong side of the target still counts as Amber; null when none is set.</param>
/// <param name="Rating">The KPI's rating as of the date with its reason, and the latest value and period judged.</param>
/// <param name="Trend">
/// The last measurements (at most <see cref="TrendLength"/>) whose period ended on or before the date, oldest first;
/// the last is the one the rating judged.
/// </param>
public sealed record KpiTileDto(
    Guid Id,
    string Code,
    string Name,
    KpiUnit Unit,
    KpiDirection Direction,
    decimal? Target,
    decimal? AmberTolerance,
    KpiRatingDto Rating,
    IReadOnlyList<KpiTrendPointDto> Trend)
{
    /// <summary>How many measurements a tile's trend shows.</summary>
    public const int TrendLength = 8;
}
