using DeliveryTracker.Contracts.Actions;

namespace DeliveryTracker.Tests.Features.Rag;

/// <summary>What <see cref="RagRules.Derive"/> needs to know about an action, its plan and the day it is rated on.</summary>
/// <remarks>
/// Status and percent are the action's as it stood on <see cref="AsOf"/> (the caller works them out from the updates).
/// Instants are given as their Europe/London dates. The settings default to the product brief's.
/// </remarks>
public sealed record RagInput
{
    public required ActionStatus Status { get; init; }

    /// <summary>0–100, or null when the lead has not given one.</summary>
    public int? PercentComplete { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? DueDate { get; init; }

    /// <summary>The timescale is recurring ("Annual"): rated per plan-year cycle.</summary>
    public bool IsRecurring { get; init; }

    public DateOnly PlanStart { get; init; } = new(2019, 4, 1);

    public DateOnly PlanEnd { get; init; } = new(2022, 3, 31);

    /// <summary>The London date of the latest progress update posted on or before <see cref="AsOf"/>; null when none.</summary>
    public DateOnly? LatestUpdateOn { get; init; }

    /// <summary>The London date to rate on.</summary>
    public required DateOnly AsOf { get; init; }

    public int DueSoonDays { get; init; } = 30;

    public int StaleAfterDays { get; init; } = 60;

    public int ProgressRedBelowPercent { get; init; } = 70;

    public int ProgressAmberBelowPercent { get; init; } = 90;
}
