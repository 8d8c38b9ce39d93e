namespace DeliveryTracker.Contracts.Reminders;

/// <summary>
/// What a reminder scan recorded: the reminders that were new (a scan run again the same day records none) and the
/// digests it created, one per recipient.
/// </summary>
/// <param name="ScanDate">The London date the scan ran as ("today").</param>
/// <param name="Reminders">New reminders, all kinds.</param>
/// <param name="DueSoon">To leads: actions due within the plan's reminder window.</param>
/// <param name="Overdue">To leads: overdue actions, again each cadence period while they stay overdue.</param>
/// <param name="Escalation">To programme managers: actions overdue for the plan's escalation days.</param>
/// <param name="BoardUpdateRequest">To leads of open actions: updates asked before a board meeting.</param>
/// <param name="Unassigned">To programme managers: due-soon or overdue actions with no lead, or a lead to be agreed.</param>
/// <param name="Digests">Digests created (one per recipient with new reminders), each waiting in the delivery outbox.</param>
public sealed record ReminderScanResultDto(
    DateOnly ScanDate,
    int Reminders,
    int DueSoon,
    int Overdue,
    int Escalation,
    int BoardUpdateRequest,
    int Unassigned,
    int Digests);
