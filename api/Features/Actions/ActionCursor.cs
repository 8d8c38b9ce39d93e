using DeliveryTracker.Contracts.Actions;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>
/// The last row of an actions page: every sort key of the list and the id; the list's sort reads the ones it orders by.
/// A cursor carries its sort, so one issued for another ordering is refused instead of silently skipping rows.
/// </summary>
/// <param name="Sort">The order the cursor was issued for.</param>
/// <param name="PlanId">Plan order: the plan, then …</param>
/// <param name="ThemePosition">… the theme's position in the plan, …</param>
/// <param name="ObjectivePosition">… the objective's position in the theme, …</param>
/// <param name="Position">… and the action's position in the objective.</param>
/// <param name="Reference">The reference code (natural order).</param>
/// <param name="Due">The due date, <see cref="DateOnly.MaxValue"/> for none.</param>
/// <param name="Updated">The last change.</param>
/// <param name="Urgency">The urgency band (<see cref="RatedAction.Urgency"/>), …</param>
/// <param name="UrgencyDue">… and the due date within it, then plan order.</param>
/// <param name="Id">The tie-breaker of every sort.</param>
public sealed record ActionCursor(
    ActionSort Sort, Guid PlanId, int ThemePosition, int ObjectivePosition, int Position, string Reference, DateOnly Due, DateTimeOffset Updated, int Urgency, DateOnly UrgencyDue, Guid Id);
