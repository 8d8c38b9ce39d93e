namespace DeliveryTracker.Contracts.Plans;

/// <summary>
/// How many actions need attention, by flag; an action can carry several (overdue and stale), and completed or
/// cancelled actions carry none. Each is what the actions list selects with the filter of the same name and the same
/// plan and asOf.
/// </summary>
/// <param name="Overdue">Past the due date and not completed (<c>overdue=true</c>).</param>
/// <param name="DueSoon">Not overdue, due within the plan's due-soon days (<c>dueSoon=true</c>).</param>
/// <param name="Stale">No progress update for the plan's stale-after days (<c>stale=true</c>).</param>
/// <param name="Blocked">Blocked, waiting on a partner (<c>blocked=true</c>).</param>
public sealed record AttentionCountsDto(int Overdue, int DueSoon, int Stale, int Blocked);
