using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Contracts.Plans;

/// <summary>
/// Everything a plan's dashboard shows, as of one date, in one response: ratings by plan and theme, the attention
/// counts, KPI tiles and the latest progress updates. Every figure is worked out in the database from the same
/// ratings as the actions list, so each count can be followed to the list that shows those actions.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="AsOf">The Europe/London date every figure was worked out for.</param>
/// <param name="RagScale">The plan's rating scale: which ratings the counts list.</param>
/// <param name="Ratings">The plan's actions by effective rating.</param>
/// <param name="Themes">Each theme in plan order with its actions by effective rating; the themes' counts add up to the plan's.</param>
/// <param name="Attention">Actions overdue, due soon, stale and blocked; the same as the actions list's <c>overdue</c>, <c>dueSoon</c>, <c>stale</c> and <c>blocked</c> filters select for this plan and date.</param>
/// <param name="Kpis">A tile per KPI of the plan, by code.</param>
/// <param name="LatestUpdates">The most recent progress updates on the plan's actions posted by the end of the as-of day in London, newest first (at most <see cref="LatestUpdateCount"/>).</param>
public sealed record PlanDashboardDto(
    Guid PlanId,
    DateOnly AsOf,
    RagScale RagScale,
    RatingCountsDto Ratings,
    IReadOnlyList<DashboardThemeDto> Themes,
    AttentionCountsDto Attention,
    IReadOnlyList<KpiTileDto> Kpis,
    IReadOnlyList<LatestProgressUpdateDto> LatestUpdates)
{
    /// <summary>How many of the latest progress updates the dashboard lists.</summary>
    public const int LatestUpdateCount = 5;
}
