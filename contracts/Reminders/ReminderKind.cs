namespace DeliveryTracker.Contracts.Reminders;

/// <summary>Why someone was reminded about an action.</summary>
public enum ReminderKind
{
    /// <summary>The action is due within the plan's reminder window (default 14 days) and is neither completed nor cancelled.</summary>
    DueSoon,

    /// <summary>The action is past its due date; repeated every cadence (default weekly) while it stays overdue.</summary>
    Overdue,

    /// <summary>To the programme managers: the action has been overdue for the plan's escalation days (default 30).</summary>
    Escalation,

    /// <summary>An update is asked for a set number of working days (default 10) before a board meeting.</summary>
    BoardUpdateRequest,

    /// <summary>To the programme managers: a due-soon or overdue action has no lead, or its lead is "to be agreed".</summary>
    Unassigned,
}
