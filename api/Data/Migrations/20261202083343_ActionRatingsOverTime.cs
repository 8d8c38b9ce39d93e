using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeliveryTracker.Api.Data.Migrations
{
    /// <summary>
    /// Replaces <c>action_ratings(as_of)</c> with the ratings that hold over time: the action as it stood on the date,
    /// recurring timescales rated per plan-year cycle, the stale clock from the plan's or action's start, Blocked at
    /// least Amber, and two new columns (due_date, cycle_start). Down puts back the function as first created.
    /// </summary>
    public partial class ActionRatingsOverTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The column list changes, so CreateSql drops the old function before creating the new one.
            migrationBuilder.Sql(CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(global::DeliveryTracker.Api.Features.Rag.ActionRatingsFunction.DropSql);
            migrationBuilder.Sql(ActionRatingsFunction.CreateSql);
        }

        /// <summary>The function as this migration created it, frozen here when <c>ActionAttentionFlags</c> replaced it; that migration goes back to it on the way down.</summary>
        internal const string CreateSql = """
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
                facts.due_on,
                cycle.cycle_start,
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
            $function$;
            """;
    }
}
