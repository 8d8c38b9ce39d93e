using DeliveryTracker.Contracts.Reminders;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// Most urgent first: overdue (most days overdue first), escalations, unassigned actions, due soon (soonest first), then
/// board update requests (nearest meeting first). E.g. SYV-1.1 183 days overdue, SYV-2.3 7 days overdue, then SYV-1.4 due
/// on 10 April before SYV-3.2 due on 14 April.
/// </summary>
public static class DigestOrder
{
    public static IReadOnlyList<DigestItem> MostUrgentFirst(IEnumerable<DigestItem> items) => items
        .OrderBy(item => Rank(item.Kind))
        .ThenByDescending(item => item.DaysOverdue)
        .ThenBy(item => item.DueOn)
        .ThenBy(item => item.ReferenceCode, StringComparer.Ordinal)
        .ToList();

    /// <summary>The section a kind of reminder is listed in, in the order the sections come.</summary>
    public static int Rank(ReminderKind kind) => kind switch
    {
        ReminderKind.Overdue => 0,
        ReminderKind.Escalation => 1,
        ReminderKind.Unassigned => 2,
        ReminderKind.DueSoon => 3,
        ReminderKind.BoardUpdateRequest => 4,
        _ => 5,
    };
}
