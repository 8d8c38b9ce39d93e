using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>The query string of <c>GET /api/v1/actions</c> and <c>/actions/rag-counts</c>.</summary>
/// <param name="PlanId">Only actions of this plan.</param>
/// <param name="ThemeId">Only actions under this theme.</param>
/// <param name="ObjectiveId">Only actions under this objective.</param>
/// <param name="LeadId">Only actions this lead leads (primary or not).</param>
/// <param name="Status">Only actions with one of these statuses (repeat the parameter for several).</param>
/// <param name="Rag">Only actions whose effective rating is one of these (repeat for several).</param>
/// <param name="Overdue">true: only actions past their due date and not completed; false: only the others.</param>
/// <param name="DueSoon">true: only actions not overdue, not completed or cancelled, due within the plan's due-soon days of asOf; false: only the others.</param>
/// <param name="Stale">true: only actions not completed or cancelled with no progress update for the plan's stale-after days; false: only the others.</param>
/// <param name="Blocked">true: only actions blocked (waiting on a partner) as of asOf; false: only the others.</param>
/// <param name="DueBefore">Only actions due before this date (as rated on asOf: a recurring action is due at the end of its current plan-year cycle).</param>
/// <param name="DueAfter">Only actions due after this date (as rated on asOf: a recurring action is due at the end of its current plan-year cycle).</param>
/// <param name="Recommendation">Only actions answering the review recommendation with this number.</param>
/// <param name="KpiId">Only actions this KPI measures.</param>
/// <param name="Q">Full-text search over reference and text (web-search syntax: words, "phrases", -exclusions).</param>
/// <param name="UpdatedSince">Only actions changed at or after this instant (ISO 8601), for incremental pulls.</param>
/// <param name="AsOf">The date ratings are worked out for; default today in Europe/London.</param>
/// <param name="Sort">Plan (default: theme, objective and action position), Reference (natural: SYV-2.1 before SYV-10.1), DueDate, UpdatedAt or Urgency (most urgent first: overdue, other Red, due soon, Amber, Green, the rest, cancelled).</param>
/// <param name="Limit">Page size, 1–200; default 50.</param>
/// <param name="Cursor">nextCursor from the previous page.</param>
public sealed record ActionListParameters(
    Guid? PlanId = null,
    Guid? ThemeId = null,
    Guid? ObjectiveId = null,
    Guid? LeadId = null,
    ActionStatus[]? Status = null,
    RagRating[]? Rag = null,
    bool? Overdue = null,
    bool? DueSoon = null,
    bool? Stale = null,
    bool? Blocked = null,
    DateOnly? DueBefore = null,
    DateOnly? DueAfter = null,
    int? Recommendation = null,
    Guid? KpiId = null,
    string? Q = null,
    DateTimeOffset? UpdatedSince = null,
    DateOnly? AsOf = null,
    ActionSort? Sort = null,
    int? Limit = null,
    string? Cursor = null)
{
    public ActionListQuery ToQuery() =>
        new(PlanId, ThemeId, ObjectiveId, LeadId, Status, Rag, Overdue, DueSoon, Stale, Blocked, DueBefore, DueAfter, Recommendation, KpiId, Q, UpdatedSince);
}
