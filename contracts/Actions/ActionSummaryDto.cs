using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Contracts.Timescales;

namespace DeliveryTracker.Contracts.Actions;

/// <summary>An action as listed: enough to show a row and filter further, with its ratings.</summary>
/// <param name="Id">The action's id.</param>
/// <param name="PlanId">The plan it belongs to.</param>
/// <param name="ThemeId">Its theme.</param>
/// <param name="ObjectiveId">Its objective.</param>
/// <param name="ReferenceCode">Short reference unique in the plan, e.g. "SYV-2.1".</param>
/// <param name="Text">What is to be done.</param>
/// <param name="Status">Delivery status.</param>
/// <param name="PercentComplete">The lead's estimate of progress, 0–100, if given.</param>
/// <param name="TimescaleRaw">The timescale exactly as written.</param>
/// <param name="TimescaleKind">What the timescale was read as.</param>
/// <param name="StartDate">Start date, when known.</param>
/// <param name="DueDate">Due date, when known.</param>
/// <param name="Leads">The action's leads, primary first.</param>
/// <param name="LeadToBeAgreed">True when the plan says the lead is "To be agreed": the action has no leads yet, and shows that state rather than an empty list.</param>
/// <param name="RecommendationNumbers">Numbers of the review recommendations it answers, ascending.</param>
/// <param name="KpiIds">KPIs that measure it.</param>
/// <param name="Rating">Derived, reported and effective ratings as of the list's date.</param>
/// <param name="UpdatedAt">When the action last changed (UTC).</param>
public sealed record ActionSummaryDto(
    Guid Id,
    Guid PlanId,
    Guid ThemeId,
    Guid ObjectiveId,
    string ReferenceCode,
    string Text,
    ActionStatus Status,
    int? PercentComplete,
    string? TimescaleRaw,
    TimescaleKind TimescaleKind,
    DateOnly? StartDate,
    DateOnly? DueDate,
    IReadOnlyList<ActionLeadDto> Leads,
    bool LeadToBeAgreed,
    IReadOnlyList<int> RecommendationNumbers,
    IReadOnlyList<Guid> KpiIds,
    ActionRatingDto Rating,
    DateTimeOffset UpdatedAt);
