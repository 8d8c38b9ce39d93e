using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Contracts.Timescales;

namespace DeliveryTracker.Contracts.Actions;

/// <summary>An action with everything about it: its links, its timescale and its RAG ratings.</summary>
/// <param name="Id">The action's id.</param>
/// <param name="PlanId">The plan it belongs to.</param>
/// <param name="ThemeId">The theme it belongs to.</param>
/// <param name="ObjectiveId">The objective it belongs to.</param>
/// <param name="ReferenceCode">Short reference unique in the plan, e.g. "SYV-2.1".</param>
/// <param name="Text">What is to be done.</param>
/// <param name="Position">Order within the objective, from 1.</param>
/// <param name="Status">Delivery status.</param>
/// <param name="PercentComplete">The lead's estimate of progress, 0–100, if given.</param>
/// <param name="KpiText">The KPI column as written in the plan.</param>
/// <param name="Timescale">The timescale as written, as read, and whether its dates were corrected by hand.</param>
/// <param name="Leads">The action's leads, primary first.</param>
/// <param name="LeadToBeAgreed">True when the plan says the lead is "To be agreed": the action has no leads yet, and shows that state rather than an empty list.</param>
/// <param name="RecommendationNumbers">Numbers of the review recommendations the action answers, ascending.</param>
/// <param name="KpiIds">Ids of the KPIs that measure the action (what a PUT sends back), in the order of <c>kpis</c>.</param>
/// <param name="Kpis">KPIs that measure the action, by code.</param>
/// <param name="SourceNote">Where the source text was garbled and repaired, how it was read; null when there is nothing to say.</param>
/// <param name="LastProgressAt">When the latest progress update was posted (UTC); null when never.</param>
/// <param name="UpdatedAt">When the action last changed (UTC).</param>
/// <param name="Rating">Derived, reported and effective RAG ratings with their reasons, as of the requested date (today in London by default).</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header: send it back in <c>If-Match</c> to change the resource.</param>
public sealed record ActionDto(
    Guid Id,
    Guid PlanId,
    Guid ThemeId,
    Guid ObjectiveId,
    string ReferenceCode,
    string Text,
    int Position,
    ActionStatus Status,
    int? PercentComplete,
    string? KpiText,
    TimescaleDto Timescale,
    IReadOnlyList<ActionLeadDto> Leads,
    bool LeadToBeAgreed,
    IReadOnlyList<int> RecommendationNumbers,
    IReadOnlyList<Guid> KpiIds,
    IReadOnlyList<ActionKpiDto> Kpis,
    string? SourceNote,
    DateTimeOffset? LastProgressAt,
    DateTimeOffset UpdatedAt,
    ActionRatingDto Rating,
    string Etag);
