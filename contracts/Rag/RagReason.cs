namespace DeliveryTracker.Contracts.Rag;

/// <summary>Why an action has its derived RAG rating. Each reason names the one rule that decided the rating.</summary>
/// <remarks>
/// Rules are tried in this order and the first that applies wins: <see cref="Completed"/>, <see cref="Cancelled"/>,
/// <see cref="Overdue"/>, <see cref="BehindSchedule"/> (Red), <see cref="Blocked"/>, <see cref="CycleDueSoon"/> or
/// <see cref="DueSoonNotStarted"/>, <see cref="BehindSchedule"/> (Amber), <see cref="NoDueDateNoUpdate"/>,
/// <see cref="Stale"/> or <see cref="StaleNeverUpdated"/>, <see cref="OnTrack"/>. The action is rated as it stood on
/// the as-of date: status and percent complete from its last progress update on or before it.
/// </remarks>
public enum RagReason
{
    /// <summary>The action is completed: rated Complete. No date or day count.</summary>
    Completed,

    /// <summary>The action is cancelled: not rated and left out of RAG counts. No date or day count.</summary>
    Cancelled,

    /// <summary>
    /// Past its due date and not completed: Red. The reason date is the due date and the day count the days overdue
    /// (due 30 Sep 2019, as of 1 Oct 2019 → 1). A recurring action ("Annual") is rated per plan-year cycle, each
    /// starting fresh, so it is overdue only once its last cycle (ending with the plan) passed without an update in it;
    /// the reason date is then that cycle's end.
    /// </summary>
    Overdue,

    /// <summary>
    /// Percent complete is below the plan's share of the straight-line expectation between start and due date: Red
    /// below the red threshold (70% by default), Amber below the amber threshold (90%). The day count holds the
    /// percentage points by which actual progress trails the expectation, rounded to the nearest point; no date.
    /// </summary>
    BehindSchedule,

    /// <summary>
    /// Blocked, waiting on a partner: at least Amber. Only the Red rules (overdue, far behind schedule) win over it.
    /// No date or day count.
    /// </summary>
    Blocked,

    /// <summary>
    /// A recurring action ("Annual", "Throughout the year") whose current plan-year cycle ends within the plan's due-soon
    /// window (30 days by default) with no progress update in the cycle yet: Amber. The reason date is the cycle's end
    /// and the day count the days left (cycle 1 Apr 2020 – 31 Mar 2021, as of 10 Mar 2021 → 31 Mar 2021, 21).
    /// </summary>
    CycleDueSoon,

    /// <summary>
    /// Not started and due within the plan's due-soon window (30 days by default): Amber. The reason date is the due
    /// date and the day count the days left (0 when due today).
    /// </summary>
    DueSoonNotStarted,

    /// <summary>No due date and no progress update: rated NotRated, as there is nothing to judge it against.</summary>
    NoDueDateNoUpdate,

    /// <summary>
    /// No progress update for the plan's stale period (60 days by default): Amber. The reason date is the date of the
    /// latest update and the day count the days since.
    /// </summary>
    Stale,

    /// <summary>
    /// Never updated (as of the date) and started at least the plan's stale period ago: Amber. The clock starts at the
    /// later of the plan's start and the action's start date, never when the record was typed in; the reason date is
    /// that day and the day count the days since.
    /// </summary>
    StaleNeverUpdated,

    /// <summary>No rule raised a concern: Green.</summary>
    OnTrack,
}
