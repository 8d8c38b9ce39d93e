namespace DeliveryTracker.Api.Features.Rag;

/// <summary>
/// The SQL of <c>action_ratings(as_of date)</c>: one row per action with its derived, reported and effective RAG
/// rating as of a Europe/London calendar date, the action rated as it stood that day. The one home of the date-derived
/// states (overdue, due soon, blocked, behind schedule, stale): endpoints, reports, reminders and feeds query it through
/// <see cref="Data.TrackerDbContext.ActionRatings"/>. Created by the <c>ActionRatingsFunction</c> migration and replaced
/// by <c>ActionRatingsOverTime</c>, then <c>ActionAttentionFlags</c>. Each migration that creates it keeps its own copy
/// or calls this one: a later change is a new migration that runs <see cref="CreateSql"/>, after freezing the text the
/// previous one ran into that migration.
/// </summary>
/// <remarks>
/// <para>
/// <b>The action as it stood on the as-of date.</b> Its status and percent complete come from its last progress
/// update posted by the end of that day in London; updates after it are ignored. When the action has no update after
/// the as-of day, its own columns are used: they are what that last update set, plus any edit made since through
/// <c>PUT</c>, and for an action never updated at all they are the state it was loaded or created with (there is no
/// earlier record of it). When every update came after the as-of day, the action had not started then: NotStarted, no
/// percent. An update that gave no percent keeps the one before it, as posting does.
/// </para>
/// <para>
/// <b>Recurring timescales</b> ("Annual", "Throughout the year") run in cycles of the plan year: each cycle starts on
/// the anniversary of the plan's period start (1 April for a plan starting 1 April 2019) and is due on the day before
/// the next, never later than the plan's end. The action is rated in the cycle the as-of date falls in, which starts
/// fresh: a cycle missed earlier is not carried into the next. Within the cycle the due date is the cycle's end;
/// due-soon applies when the cycle ends within the due-soon window and the cycle has had no update yet; staleness
/// applies as usual. A recurring action is overdue only once its last cycle (the one holding the plan's end) has passed
/// without an update in it. The straight-line schedule rules do not apply (the stored dates describe the first
/// cycle only). Example, plan 1 Apr 2019 – 31 Mar 2022, "Annual", never updated: as of 1 Jun 2020 the cycle is
/// 1 Apr 2020 – 31 Mar 2021, due 31 Mar 2021, not overdue (stale since 1 Apr 2019 by then); as of 10 Mar 2021 it is
/// Amber, due in 21 days; as of 1 Jun 2022 it is Red, overdue since 31 Mar 2022.
/// </para>
/// <para>
/// <b>The derived rating</b> takes the first rule that applies, in this order (thresholds are the plan's
/// <c>settings_*</c> columns; the defaults are in brackets):
/// </para>
/// <list type="number">
/// <item>Completed → Complete; Cancelled → no rating (left out of counts).</item>
/// <item>Due date before as-of (for a recurring action: its last cycle ended with no update in it) → Red, Overdue;
/// reason date = due date, days = days overdue.</item>
/// <item>Percent complete below red-below-percent (70) of the straight-line expectation → Red, BehindSchedule.</item>
/// <item>Blocked (waiting on a partner) → Amber, Blocked: at least Amber, and only the Red rules above win.</item>
/// <item>Due within due-soon-days (30) and not started → Amber, DueSoonNotStarted; for a recurring action: its cycle
/// ends within due-soon-days and has had no update → Amber, CycleDueSoon. Reason date = due date, days = days left.</item>
/// <item>Percent complete below amber-below-percent (90) of the expectation → Amber, BehindSchedule.</item>
/// <item>No due date and no progress update → NotRated.</item>
/// <item>Last activity stale-after-days (60) or more ago → Amber, Stale (latest update) or StaleNeverUpdated. For an
/// action never updated the clock starts at the later of the plan's start and the action's start date, never when the
/// row was typed in: a 2019 plan loaded today is not "recently updated". Reason date = that day, days = days since.</item>
/// <item>Otherwise Green, OnTrack.</item>
/// </list>
/// <para>
/// <b>The attention flags</b> (<c>is_overdue</c>, <c>is_due_soon</c>, <c>is_stale</c>, <c>is_blocked</c>) are what the
/// dashboard counts and the actions list's <c>overdue</c>, <c>dueSoon</c>, <c>stale</c> and <c>blocked</c> filters select,
/// set whichever rule won the rating; an action completed or cancelled as of the date has none. Overdue: the Overdue
/// rule. Due soon: not overdue, and the due date (a recurring action's cycle end, while the cycle has had no update) is
/// from the as-of date to due-soon-days after it, inclusive, whatever the status. Stale: the last activity (the stale
/// rule's clock) is stale-after-days or more before the as-of date, even where a Red rule, Blocked or NotRated won.
/// Blocked: the status as of the date is Blocked. Example, defaults, as of 1 Sep 2019: an action in progress, due 30
/// Sep 2019, last updated 1 Jun 2019, is Amber, Stale, and flagged due soon (29 days) and stale (92 days).
/// </para>
/// <para>
/// Example: SYV-1.1 is due 30 Sep 2019 and not completed; as of 1 Oct 2019 it is Red, Overdue, reason date
/// 2019-09-30, 1 day. Straight-line example: start 1 Jan 2020, due 10 Apr 2020 (100 days), as of 20 Feb 2020 (50
/// days in) the expectation is 50%; 15% complete is below 70% of 50 (35), so Red, BehindSchedule, 35 points behind.
/// The schedule rules apply only with a percent, both dates, start before due, as-of after start, and not recurring.
/// </para>
/// <para>
/// Every instant is read as its Europe/London calendar date (<c>(posted_at AT TIME ZONE 'Europe/London')::date</c>):
/// an update posted at 23:30 UTC on 30 Jun 2020 counts as 1 Jul. The reported rating is the latest update's (by
/// posted_at, then id) — null when that update gave none. The effective rating is the reported one while it is
/// younger than stale-after-days and the action (as of the date) is neither completed nor cancelled, otherwise the
/// derived one.
/// </para>
/// <para>
/// Kept to what lets PostgreSQL inline the function into the caller's query (one SELECT, LANGUAGE sql, STABLE, not
/// STRICT, no SET clause), so a <c>WHERE plan_id = …</c> on top reaches the actions indexes instead of rating every
/// action first. Percentages are compared as integer cross-products (<c>percent × span &lt; elapsed × threshold</c>)
/// so no rounding sits on a boundary. The test project keeps the same rules in C# as an oracle
/// (<c>Tests/Features/Rag/RagRules.cs</c>) and holds this function to it over generated actions.
/// </para>
/// </remarks>
public static class ActionRatingsFunction
{
    /// <summary>Creates the function; drops it first, as a changed column list cannot be replaced in place.</summary>
    public const string CreateSql = """
        DROP FUNCTION IF EXISTS action_ratings(date);
        CREATE FUNCTION action_ratings(as_of date)
        RETURNS TABLE (
            action_id uuid,
            plan_id uuid,
            theme_id uuid,
            derived_rag text,
            derived_reason text,
            reason_date date,
            reason_days integer,
            due_date date,
            cycle_start date,
            reported_rag text,
            reported_at timestamptz,
            reported_justification text,
            effective_rag text,
            effective_source text,
            is_overdue boolean,
            is_due_soon boolean,
            is_stale boolean,
            is_blocked boolean)
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
            facts.due_on,
            cycle.cycle_start,
            reported.rag,
            reported.posted_at,
            reported.justification,
            CASE WHEN reported.is_fresh THEN reported.rag ELSE derived.rag END,
            CASE WHEN reported.is_fresh THEN 'Reported' ELSE 'Derived' END,
            attention.is_overdue,
            attention.is_due_soon,
            attention.is_stale,
            attention.is_blocked
        FROM actions AS a
        JOIN plans AS p ON p.id = a.plan_id
        -- The latest update posted by the end of the as-of day in London: one backward probe of
        -- ix_progress_updates_action_id_posted_at per action.
        LEFT JOIN LATERAL (
            SELECT u.posted_at, u.status, u.percent_complete, u.reported_rag, u.justification
            FROM progress_updates AS u
            WHERE u.action_id = a.id
              AND u.posted_at < ((as_of + 1)::timestamp AT TIME ZONE 'Europe/London')
            ORDER BY u.posted_at DESC, u.id DESC
            LIMIT 1
        ) AS latest ON true
        -- The first update posted after the as-of day, if any: one forward probe of the same index per action. (An
        -- EXISTS here was planned as one uncorrelated scan of every later update, repeated for each use of the flag.)
        LEFT JOIN LATERAL (
            SELECT true AS found
            FROM progress_updates AS later
            WHERE later.action_id = a.id
              AND later.posted_at >= ((as_of + 1)::timestamp AT TIME ZONE 'Europe/London')
            LIMIT 1
        ) AS later ON true
        CROSS JOIN LATERAL (
            SELECT
                (latest.posted_at AT TIME ZONE 'Europe/London')::date AS latest_update_on,
                -- Any update after the as-of day means the action's own columns show a later state than that day's.
                later.found IS NOT NULL AS updated_later,
                a.timescale_kind = 'Recurring' AS is_recurring,
                -- Whole plan years from the plan's start to the as-of date (at most the plan's end), from 0.
                GREATEST(date_part('year', age(LEAST(as_of, p.period_end), p.period_start))::integer, 0) AS cycle_number
        ) AS known
        CROSS JOIN LATERAL (
            SELECT
                CASE
                    WHEN NOT known.updated_later THEN a.status::text
                    WHEN latest.posted_at IS NOT NULL THEN latest.status::text
                    ELSE 'NotStarted'
                END AS status,
                CASE
                    WHEN NOT known.updated_later THEN a.percent_complete
                    WHEN latest.posted_at IS NOT NULL THEN COALESCE(
                        latest.percent_complete,
                        (SELECT given.percent_complete
                         FROM progress_updates AS given
                         WHERE given.action_id = a.id
                           AND given.posted_at < ((as_of + 1)::timestamp AT TIME ZONE 'Europe/London')
                           AND given.percent_complete IS NOT NULL
                         ORDER BY given.posted_at DESC, given.id DESC
                         LIMIT 1))
                END AS percent_complete
        ) AS state
        CROSS JOIN LATERAL (
            SELECT
                CASE WHEN known.is_recurring THEN
                    (p.period_start + make_interval(years => known.cycle_number))::date
                END AS cycle_start,
                CASE WHEN known.is_recurring THEN
                    LEAST((p.period_start + make_interval(years => known.cycle_number + 1))::date - 1, p.period_end)
                END AS cycle_end
        ) AS cycle
        CROSS JOIN LATERAL (
            SELECT
                CASE WHEN known.is_recurring THEN cycle.cycle_end ELSE a.timescale_due_date END AS due_on,
                -- A recurring action's cycle has had no update yet (so it can be due soon, or overdue at the plan's end).
                (known.is_recurring AND (known.latest_update_on IS NULL OR known.latest_update_on < cycle.cycle_start))
                    AS cycle_without_update,
                -- Never updated: the clock starts at the later of the plan's start and the action's (GREATEST skips nulls).
                COALESCE(known.latest_update_on, GREATEST(p.period_start, a.timescale_start_date)) AS last_activity_on,
                (NOT known.is_recurring
                    AND state.percent_complete IS NOT NULL
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
                    round((100 * facts.elapsed_days - state.percent_complete * facts.span_days)::numeric / facts.span_days)::integer
                END AS points_behind,
                CASE
                    WHEN state.status = 'Completed' THEN 'Completed'
                    WHEN state.status = 'Cancelled' THEN 'Cancelled'
                    WHEN facts.due_on < as_of AND (NOT known.is_recurring OR facts.cycle_without_update) THEN 'Overdue'
                    WHEN facts.has_schedule
                        AND state.percent_complete * facts.span_days < facts.elapsed_days * p.settings_progress_red_below_percent
                        THEN 'BehindScheduleRed'
                    WHEN state.status = 'Blocked' THEN 'Blocked'
                    WHEN known.is_recurring AND facts.cycle_without_update
                        AND facts.due_on BETWEEN as_of AND as_of + p.settings_due_soon_days
                        THEN 'CycleDueSoon'
                    WHEN NOT known.is_recurring AND state.status = 'NotStarted'
                        AND facts.due_on BETWEEN as_of AND as_of + p.settings_due_soon_days
                        THEN 'DueSoonNotStarted'
                    WHEN facts.has_schedule
                        AND state.percent_complete * facts.span_days < facts.elapsed_days * p.settings_progress_amber_below_percent
                        THEN 'BehindScheduleAmber'
                    WHEN facts.due_on IS NULL AND latest.posted_at IS NULL THEN 'NoDueDateNoUpdate'
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
                    WHEN 'Blocked' THEN 'Amber'
                    WHEN 'CycleDueSoon' THEN 'Amber'
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
                    WHEN 'Overdue' THEN facts.due_on
                    WHEN 'CycleDueSoon' THEN facts.due_on
                    WHEN 'DueSoonNotStarted' THEN facts.due_on
                    WHEN 'Stale' THEN facts.last_activity_on
                    WHEN 'StaleNeverUpdated' THEN facts.last_activity_on
                END AS reason_date,
                CASE decided.rule
                    WHEN 'Overdue' THEN as_of - facts.due_on
                    WHEN 'CycleDueSoon' THEN facts.due_on - as_of
                    WHEN 'DueSoonNotStarted' THEN facts.due_on - as_of
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
                        AND state.status NOT IN ('Completed', 'Cancelled')
                        AND as_of - known.latest_update_on < p.settings_stale_after_days,
                    false) AS is_fresh
        ) AS reported
        CROSS JOIN LATERAL (
            -- The attention flags: what the dashboard counts and the list filters select, whichever rule won the rating.
            -- Completed and cancelled actions (as of the date) are never flagged.
            SELECT
                decided.rule = 'Overdue' AS is_overdue,
                -- No due date: never due soon (COALESCE, as the BETWEEN is then null).
                COALESCE(state.status NOT IN ('Completed', 'Cancelled')
                    AND decided.rule <> 'Overdue'
                    AND facts.due_on BETWEEN as_of AND as_of + p.settings_due_soon_days
                    -- A recurring action's cycle is due soon only while it has had no update in it (as CycleDueSoon).
                    AND (NOT known.is_recurring OR facts.cycle_without_update), false) AS is_due_soon,
                (state.status NOT IN ('Completed', 'Cancelled')
                    AND as_of - facts.last_activity_on >= p.settings_stale_after_days) AS is_stale,
                state.status = 'Blocked' AS is_blocked
        ) AS attention
        $function$;
        """;


    public const string DropSql = "DROP FUNCTION IF EXISTS action_ratings(date);";
}
