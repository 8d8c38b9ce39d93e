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

    public int ReminderDueSoonDays { get; set; } = 14;

    public int EscalateAfterDaysOverdue { get; set; } = 30;

    public int BoardUpdateRequestWorkingDays { get; set; } = 5;
}
