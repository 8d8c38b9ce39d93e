using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Api.Features.Rag;

/// <summary>
/// One row of <c>action_ratings(as_of)</c>: an action's derived, reported and effective RAG rating on a date.
/// Read-only and keyless; query it with <see cref="Data.TrackerDbContext.ActionRatings"/> and filter by plan or theme.
/// </summary>
public sealed class ActionRating
{
    public Guid ActionId { get; init; }

    public Guid PlanId { get; init; }

    public Guid ThemeId { get; init; }

    /// <summary>Green, Amber, Red, Complete or NotRated; null when the action is cancelled.</summary>
    public RagRating? DerivedRag { get; init; }

    public RagReason DerivedReason { get; init; }

    /// <summary>The date the reason refers to: the due date (overdue, due soon) or the last activity (stale).</summary>
    public DateOnly? ReasonDate { get; init; }

    /// <summary>Days overdue, days until due, days since the last activity, or points behind schedule.</summary>
    public int? ReasonDays { get; init; }

    /// <summary>The due date the action is judged against: its timescale's, or for a recurring one its current cycle's end.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>For a recurring timescale, the first day of the plan-year cycle the as-of date falls in; otherwise null.</summary>
    public DateOnly? CycleStart { get; init; }

    /// <summary>The lead's rating in the latest update on or before the as-of date; null when it gave none.</summary>
    public RagRating? ReportedRag { get; init; }

    public DateTimeOffset? ReportedAt { get; init; }

    public string? ReportedJustification { get; init; }

    /// <summary>The reported rating while fresh, else the derived one; null only for a cancelled action.</summary>
    public RagRating? EffectiveRag { get; init; }

    public RatingSource EffectiveSource { get; init; }

    /// <summary>Overdue as of the date (the derived reason Overdue).</summary>
    public bool IsOverdue { get; init; }

    /// <summary>Not overdue, not completed or cancelled, and due within the plan's due-soon days of the date.</summary>
    public bool IsDueSoon { get; init; }

    /// <summary>Not completed or cancelled, and no progress update for the plan's stale-after days, whichever rule won.</summary>
    public bool IsStale { get; init; }

    /// <summary>Blocked (waiting on a partner) as of the date.</summary>
    public bool IsBlocked { get; init; }
}
