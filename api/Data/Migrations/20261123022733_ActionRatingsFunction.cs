using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeliveryTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActionRatingsFunction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The model change is only the keyless ActionRating; the function it reads is plain SQL, frozen here as this
            // migration first created it (later migrations replace it; the current text is in Features/Rag).
            migrationBuilder.Sql(CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS action_ratings(date);");
        }

        /// <summary>The function as this migration created it; <c>ActionRatingsOverTime</c> goes back to it on the way down.</summary>
        internal const string CreateSql = """
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
    }
}
