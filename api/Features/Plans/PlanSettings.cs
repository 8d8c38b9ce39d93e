using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Api.Features.Plans;

/// <summary>
/// A plan's RAG and reminder rules, stored in the plan's row. The defaults are the ones in the product brief.
/// </summary>
public sealed class PlanSettings
{
    public RagScale RagScale { get; set; } = RagScale.ThreePoint;

    /// <summary>Due within this many days and not started → Amber.</summary>
    public int DueSoonDays { get; set; } = 30;

    /// <summary>No progress update for this many days → Amber (stale).</summary>
    public int StaleAfterDays { get; set; } = 60;

    /// <summary>Percent complete below this share (in percent) of the straight-line expectation → Red.</summary>
    public int ProgressRedBelowPercent { get; set; } = 70;

    /// <summary>Percent complete below this share (in percent) of the straight-line expectation → Amber.</summary>
    public int ProgressAmberBelowPercent { get; set; } = 90;

    /// <summary>Leads are reminded once when an action falls due within this many days.</summary>
    public int ReminderDueSoonDays { get; set; } = 14;

    /// <summary>An overdue action is reminded again every this many days while it stays overdue (weekly).</summary>
    public int OverdueReminderEveryDays { get; set; } = 7;

    /// <summary>The plan's programme managers are told once an action has been overdue this many days.</summary>
    public int EscalateAfterDaysOverdue { get; set; } = 30;

    /// <summary>Leads of open actions are asked for an update this many working days (England and Wales) before each board meeting.</summary>
    public int BoardUpdateRequestWorkingDays { get; set; } = 10;

    /// <summary>A quiet plan: the scan records no reminders for it (e.g. a draft, or a plan being restructured).</summary>
    public bool RemindersPaused { get; set; }
}
