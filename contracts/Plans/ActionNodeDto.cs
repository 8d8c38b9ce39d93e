using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Timescales;

namespace DeliveryTracker.Contracts.Plans;

/// <summary>An action inside a plan tree.</summary>
/// <param name="Id">The action's id.</param>
/// <param name="ReferenceCode">Short reference unique in the plan, e.g. "SYV-2.1".</param>
/// <param name="Text">What is to be done.</param>
/// <param name="Position">Order within the objective, from 1.</param>
/// <param name="Status">Delivery status.</param>
/// <param name="PercentComplete">The lead's estimate of progress, 0–100, if given.</param>
/// <param name="KpiText">The KPI column as written in the plan.</param>
/// <param name="Timescale">The timescale as written and as parsed.</param>
/// <param name="Leads">The action's leads, primary first.</param>
/// <param name="LeadToBeAgreed">True when the plan says the lead is "To be agreed": the action has no leads yet, and shows that state rather than an empty list.</param>
/// <param name="RecommendationNumbers">Numbers of the review recommendations the action answers, ascending.</param>
/// <param name="SourceNote">Where the source text was garbled and repaired, how it was read; null when there is nothing to say.</param>
public sealed record ActionNodeDto(
    Guid Id,
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
    string? SourceNote);
