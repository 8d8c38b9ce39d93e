using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Contracts.Plans;

/// <summary>A plan as listed, without its tree.</summary>
/// <param name="Id">The plan's id.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="PeriodStart">First day of the plan period.</param>
/// <param name="PeriodEnd">Last day of the plan period.</param>
/// <param name="Status">Draft, active or archived.</param>
/// <param name="RagScale">The rating scale the plan reports on.</param>
/// <param name="ThemeCount">Number of themes in the plan.</param>
/// <param name="ActionCount">Number of actions in the plan.</param>
/// <param name="UpdatedAt">When the plan record last changed (UTC).</param>
public sealed record PlanSummaryDto(
    Guid Id,
    string Title,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    PlanStatus Status,
    RagScale RagScale,
    int ThemeCount,
    int ActionCount,
    DateTimeOffset UpdatedAt);
