using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Contracts.Plans;

/// <summary>A plan's rules for deriving RAG ratings and sending reminders.</summary>
/// <param name="RagScale">3-point RAG or the 5-point Delivery Confidence scale.</param>
/// <param name="DueSoonDays">An action due within this many days and not started is Amber.</param>
/// <param name="StaleAfterDays">An action with no progress update for this many days is Amber (stale).</param>
/// <param name="ProgressRedBelowPercent">Percent complete below this share of the straight-line expectation is Red.</param>
/// <param name="ProgressAmberBelowPercent">Percent complete below this share of the straight-line expectation is Amber.</param>
/// <param name="ReminderDueSoonDays">Leads are reminded once when an action falls due within this many days.</param>
/// <param name="OverdueReminderEveryDays">An overdue action's leads are reminded again every this many days while it stays overdue.</param>
/// <param name="EscalateAfterDaysOverdue">Overdue actions are escalated to the programme managers after this many days.</param>
/// <param name="BoardUpdateRequestWorkingDays">Leads of open actions are asked for updates this many working days (England and Wales) before each board meeting.</param>
/// <param name="RemindersPaused">A quiet plan: no reminders are recorded for it while true.</param>
/// <param name="BoardMeetings">The plan's board calendar, in date order.</param>
public sealed record PlanSettingsDto(
    RagScale RagScale,
    int DueSoonDays,
    int StaleAfterDays,
    int ProgressRedBelowPercent,
    int ProgressAmberBelowPercent,
    int ReminderDueSoonDays,
    int OverdueReminderEveryDays,
    int EscalateAfterDaysOverdue,
    int BoardUpdateRequestWorkingDays,
    bool RemindersPaused,
    IReadOnlyList<DateOnly> BoardMeetings);
