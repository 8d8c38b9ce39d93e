namespace DeliveryTracker.Contracts.Rag;

/// <summary>
/// An action's ratings side by side: derived from the schedule, reported by its lead, and the effective one the board
/// counts (the reported rating while it is fresh, else the derived one), each with its reason.
/// </summary>
/// <param name="AsOf">The Europe/London date the ratings were worked out for.</param>
/// <param name="Derived">The rating the schedule gives; null for a cancelled action (excluded from counts).</param>
/// <param name="DerivedReason">Why the schedule gives that rating.</param>
/// <param name="DerivedReasonText">The reason in the board's words, e.g. "overdue since 30 Sep 2019" or "no update for 74 days".</param>
/// <param name="DueDate">
/// The due date the derived rating judges the action against: its timescale's due date, or for a recurring timescale
/// ("Annual") the end of the plan-year cycle the as-of date falls in. Null when it has none.
/// </param>
/// <param name="Reported">The lead's own rating in the latest progress update, if it gave one.</param>
/// <param name="ReportedAt">When that update was posted.</param>
/// <param name="ReportedJustification">Why the lead's rating differs from the derived one (mandatory when it does).</param>
/// <param name="Effective">The rating the board counts.</param>
/// <param name="EffectiveSource">Whether the effective rating is the reported or the derived one.</param>
/// <param name="Overdue">Flagged overdue as of the date: past its due date and not completed (the derived reason Overdue).</param>
/// <param name="DueSoon">
/// Flagged due soon: not overdue, not completed or cancelled, and due within the plan's due-soon days of the date
/// (inclusive); a recurring action only while its current cycle has had no update.
/// </param>
/// <param name="Stale">
/// Flagged stale: not completed or cancelled, and no progress update for the plan's stale-after days (for an action
/// never updated, counted from the later of the plan's and the action's start), whichever rule gave the rating.
/// </param>
/// <param name="Blocked">Flagged blocked: the status as of the date is Blocked (waiting on a partner).</param>
public sealed record ActionRatingDto(
    DateOnly AsOf,
    RagRating? Derived,
    RagReason DerivedReason,
    string DerivedReasonText,
    DateOnly? DueDate,
    RagRating? Reported,
    DateTimeOffset? ReportedAt,
    string? ReportedJustification,
    RagRating? Effective,
    RatingSource EffectiveSource,
    bool Overdue,
    bool DueSoon,
    bool Stale,
    bool Blocked);
