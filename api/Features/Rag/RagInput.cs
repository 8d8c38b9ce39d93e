using DeliveryTracker.Contracts.Actions;

namespace DeliveryTracker.Api.Features.Rag;

/// <summary>What <see cref="RagRules.Derive"/> needs to know about an action, its plan and the day it is rated on.</summary>
/// <remarks>
/// Instants are given as their Europe/London dates (<see cref="LondonClock.ToLondonDate"/>): an action added at
/// 23:30 UTC on 30 Jun 2020 was added on 1 Jul 2020. The settings default to the product brief's, as in
/// <see cref="Plans.PlanSettings"/>.
/// </remarks>
public sealed record RagInput
{
    public required ActionStatus Status { get; init; }

    /// <summary>0–100, or null when the lead has not given one.</summary>
    public int? PercentComplete { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? DueDate { get; init; }

    /// <summary>The London date the action was added.</summary>
    public required DateOnly CreatedOn { get; init; }

    /// <summary>The London date of the latest progress update posted on or before <see cref="AsOf"/>; null when none.</summary>
    public DateOnly? LatestUpdateOn { get; init; }

    /// <summary>The London date to rate on.</summary>
    public required DateOnly AsOf { get; init; }

    public int DueSoonDays { get; init; } = 30;

    public int StaleAfterDays { get; init; } = 60;

    public int ProgressRedBelowPercent { get; init; } = 70;

    public int ProgressAmberBelowPercent { get; init; } = 90;
}
