namespace DeliveryTracker.Api.Features.Rag;

/// <summary>
/// The SQL of <c>action_ratings(as_of date)</c>: one row per action with its derived, reported and effective RAG
/// rating as of a Europe/London calendar date. Created by the <c>ActionRatingsFunction</c> migration; queried through
/// <see cref="Data.TrackerDbContext.ActionRatings"/>. <see cref="RagRules"/> is the same rules in C#, and the tests
/// hold the two to each other.
/// </summary>
/// <remarks>
/// <para>
/// The derived rating takes the first rule that applies, in this order (thresholds are the plan's <c>settings_*</c>
/// columns; the defaults are in brackets):
/// </para>
/// <list type="number">
/// <item>Completed → Complete; Cancelled → no rating (left out of counts).</item>
/// <item>Due date before as-of → Red, Overdue; reason date = due date, days = days overdue.</item>
/// <item>Percent complete below red-below-percent (70) of the straight-line expectation → Red, BehindSchedule.</item>
/// <item>Not started and due within due-soon-days (30) → Amber, DueSoonNotStarted; days = days left.</item>
/// <item>Percent complete below amber-below-percent (90) of the expectation → Amber, BehindSchedule.</item>
/// <item>No due date and no progress update → NotRated.</item>
/// <item>Last activity (latest update, else the day the action was added) stale-after-days (60) or more ago → Amber,
/// Stale (or StaleNeverUpdated); reason date = last activity, days = days since.</item>
/// <item>Otherwise Green, OnTrack.</item>
/// </list>
/// <para>
/// Example: SYV-1.1 is due 30 Sep 2019 and not completed; as of 1 Oct 2019 it is Red, Overdue, reason date
/// 2019-09-30, 1 day. Straight-line example: start 1 Jan 2020, due 10 Apr 2020 (100 days), as of 20 Feb 2020 (50
/// days in) the expectation is 50%; 15% complete is below 70% of 50 (35), so Red, BehindSchedule, 35 points behind.
/// The schedule rules apply only with a percent, both dates, start before due and as-of after start.
/// </para>
/// <para>
/// Every instant is read as its Europe/London calendar date (<c>(posted_at AT TIME ZONE 'Europe/London')::date</c>):
/// an update posted at 23:30 UTC on 30 Jun 2020 counts as 1 Jul. Updates posted after the as-of date are ignored, so
/// a rating for a past date does not see judgements made later. The reported rating is the latest update's (by
/// posted_at, then id) — null when that update gave none. The effective rating is the reported one while it is
/// younger than stale-after-days and the action is neither completed nor cancelled, otherwise the derived one.
/// </para>
/// <para>
/// Kept to what lets PostgreSQL inline the function into the caller's query (one SELECT, LANGUAGE sql, STABLE, not
/// STRICT, no SET clause), so a <c>WHERE plan_id = …</c> on top reaches the actions indexes instead of rating every
/// action first. Percentages are compared as integer cross-products (<c>percent × span &lt; elapsed × threshold</c>)
/// so no rounding sits on a boundary, and C# can match them exactly.
/// </para>
/// </remarks>
public static class ActionRatingsFunction
{
    public const string CreateSql = """
        CREATE OR REPLACE FUNCTION action_ratings(as_of date)
        RETURNS TABLE (
            action_id uuid,
            plan_id uuid,
            theme_id uuid,
            derived_rag text,
            derived_reason text,
            reason_date date,
            reason_days integer,
            reported_rag text,
            reported_at timestamptz,
            reported_justification text,
            effective_rag text,
            effective_source text)
        LANGUAGE sql
        STABLE
        AS $function$
        SELECT
            a.id,
            a.plan_id,
            a.theme_id,
            derived.rag,
            derived.reason,
            derived.reason_date,
            derived.reason_days,
            reported.rag,
            reported.posted_at,
            reported.justification,
            CASE WHEN reported.is_fresh THEN reported.rag ELSE derived.rag END,
            CASE WHEN reported.is_fresh THEN 'Reported' ELSE 'Derived' END
        FROM actions AS a
        JOIN plans AS p ON p.id = a.plan_id
        -- The latest update posted by the end of the as-of day in London: one backward probe of
        -- ix_progress_updates_action_id_posted_at per action.
        LEFT JOIN LATERAL (
            SELECT u.posted_at, u.reported_rag, u.justification
            FROM progress_updates AS u
            WHERE u.action_id = a.id
              AND u.posted_at < ((as_of + 1)::timestamp AT TIME ZONE 'Europe/London')
            ORDER BY u.posted_at DESC, u.id DESC
            LIMIT 1
        ) AS latest ON true
        CROSS JOIN LATERAL (
            SELECT
                (latest.posted_at AT TIME ZONE 'Europe/London')::date AS latest_update_on,
                COALESCE(
                    (latest.posted_at AT TIME ZONE 'Europe/London')::date,
                    (a.created_at AT TIME ZONE 'Europe/London')::date) AS last_activity_on,
                (a.percent_complete IS NOT NULL
                    AND a.timescale_start_date IS NOT NULL
                    AND a.timescale_due_date IS NOT NULL
                    AND a.timescale_start_date < a.timescale_due_date
                    AND as_of > a.timescale_start_date) AS has_schedule,
                -- span = due - start; elapsed = as_of - start, capped at span (the expectation never passes 100%).
                (a.timescale_due_date - a.timescale_start_date)::bigint AS span_days,
                LEAST(as_of - a.timescale_start_date, a.timescale_due_date - a.timescale_start_date)::bigint AS elapsed_days
        ) AS facts
        CROSS JOIN LATERAL (
            SELECT
                -- Points by which progress trails the expectation: 100 × elapsed / span − percent, nearest whole point.
                CASE WHEN facts.has_schedule THEN
                    round((100 * facts.elapsed_days - a.percent_complete * facts.span_days)::numeric / facts.span_days)::integer
                END AS points_behind,
                CASE
                    WHEN a.status = 'Completed' THEN 'Completed'
                    WHEN a.status = 'Cancelled' THEN 'Cancelled'
                    WHEN a.timescale_due_date < as_of THEN 'Overdue'
                    WHEN facts.has_schedule
                        AND a.percent_complete * facts.span_days < facts.elapsed_days * p.settings_progress_red_below_percent
                        THEN 'BehindScheduleRed'
                    WHEN a.status = 'NotStarted'
                        AND a.timescale_due_date BETWEEN as_of AND as_of + p.settings_due_soon_days
                        THEN 'DueSoonNotStarted'
                    WHEN facts.has_schedule
                        AND a.percent_complete * facts.span_days < facts.elapsed_days * p.settings_progress_amber_below_percent
                        THEN 'BehindScheduleAmber'
                    WHEN a.timescale_due_date IS NULL AND latest.posted_at IS NULL THEN 'NoDueDateNoUpdate'
                    WHEN as_of - facts.last_activity_on >= p.settings_stale_after_days THEN
                        CASE WHEN latest.posted_at IS NULL THEN 'StaleNeverUpdated' ELSE 'Stale' END
                    ELSE 'OnTrack'
                END AS rule
        ) AS decided
        CROSS JOIN LATERAL (
            SELECT
                CASE decided.rule
                    WHEN 'Completed' THEN 'Complete'
                    WHEN 'Cancelled' THEN NULL
                    WHEN 'Overdue' THEN 'Red'
                    WHEN 'BehindScheduleRed' THEN 'Red'
                    WHEN 'DueSoonNotStarted' THEN 'Amber'
                    WHEN 'BehindScheduleAmber' THEN 'Amber'
                    WHEN 'NoDueDateNoUpdate' THEN 'NotRated'
                    WHEN 'Stale' THEN 'Amber'
                    WHEN 'StaleNeverUpdated' THEN 'Amber'
                    WHEN 'OnTrack' THEN 'Green'
                END::text AS rag,
                CASE decided.rule
                    WHEN 'BehindScheduleRed' THEN 'BehindSchedule'
                    WHEN 'BehindScheduleAmber' THEN 'BehindSchedule'
                    ELSE decided.rule
                END::text AS reason,
                CASE decided.rule
                    WHEN 'Overdue' THEN a.timescale_due_date
                    WHEN 'DueSoonNotStarted' THEN a.timescale_due_date
                    WHEN 'Stale' THEN facts.last_activity_on
                    WHEN 'StaleNeverUpdated' THEN facts.last_activity_on
                END AS reason_date,
                CASE decided.rule
                    WHEN 'Overdue' THEN as_of - a.timescale_due_date
                    WHEN 'DueSoonNotStarted' THEN a.timescale_due_date - as_of
                    WHEN 'BehindScheduleRed' THEN decided.points_behind
                    WHEN 'BehindScheduleAmber' THEN decided.points_behind
                    WHEN 'Stale' THEN as_of - facts.last_activity_on
                    WHEN 'StaleNeverUpdated' THEN as_of - facts.last_activity_on
                END AS reason_days
        ) AS derived
        CROSS JOIN LATERAL (
            -- An update without a rating reports nothing: no rating, time or justification.
            SELECT
                CASE WHEN latest.reported_rag IS NOT NULL THEN latest.reported_rag::text END AS rag,
                CASE WHEN latest.reported_rag IS NOT NULL THEN latest.posted_at END AS posted_at,
                CASE WHEN latest.reported_rag IS NOT NULL THEN latest.justification::text END AS justification,
                COALESCE(
                    latest.reported_rag IS NOT NULL
                        AND a.status NOT IN ('Completed', 'Cancelled')
                        AND as_of - facts.latest_update_on < p.settings_stale_after_days,
                    false) AS is_fresh
        ) AS reported
        $function$;
        """;

    public const string DropSql = "DROP FUNCTION IF EXISTS action_ratings(date);";
}
