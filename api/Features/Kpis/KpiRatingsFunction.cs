namespace DeliveryTracker.Api.Features.Kpis;

/// <summary>
/// The SQL of <c>kpi_ratings(as_of date)</c>: one row per KPI with its RAG rating as of a Europe/London date. The one
/// home of the KPI rating rules: the KPI endpoints (and later reports and feeds) query it through
/// <see cref="Data.TrackerDbContext.KpiRatings"/>; <see cref="KpiRatingText"/> only puts the result into words.
/// Created by the <c>KpiRatingsFunction</c> migration.
/// </summary>
/// <remarks>
/// <para>
/// <b>The measurement judged</b> is the latest whose period ended on or before the as-of date (by period end, then the
/// shorter period). Not the date it was recorded: figures are typed in or loaded long after they were published (the
/// seed loads 2020 figures today), so <c>recorded_at</c> says nothing about what was known on a date.
/// </para>
/// <para>The first rule that applies wins:</para>
/// <list type="number">
/// <item>Lifecycle ToBeAgreed, or Defined without a target → ToBeAgreed (no agreed definition or target yet).</item>
/// <item>No target (Baselined or Reporting) → Monitored: tracked, never rated, never counted green.</item>
/// <item>No measurement of a period ended by the date → NoData.</item>
/// <item>The next figure was due before the date → Stale. It is due at the measured period's end plus one frequency
/// (a month, a quarter, a year; end-of-month aware) plus the publication lag: Oct 2020 monthly with a 30-day lag is due
/// by 30 Nov 2020 + 30 = 30 Dec 2020, so stale from 31 Dec 2020. Ad-hoc KPIs are never stale. Late data is stale, not
/// red, whatever the last figure was.</item>
/// <item>On the right side of the target or on it → Green; on the wrong side by no more than the amber tolerance →
/// Amber; further → Red, also when no tolerance is set. "Right side" follows the direction: 75% against a target of
/// 90%, higher is better, tolerance 5 → Red (the band is 85–90); 88% → Amber; 90% → Green.</item>
/// </list>
/// <para>
/// Kept inlinable (one SELECT, LANGUAGE sql, STABLE), so a filter on <c>kpi_id</c> or <c>plan_id</c> reaches the
/// KPI rows first and each KPI costs one backward probe of the (kpi_id, period_start, period_end) index.
/// </para>
/// </remarks>
public static class KpiRatingsFunction
{
    public const string CreateSql = """
        DROP FUNCTION IF EXISTS kpi_ratings(date);
        CREATE FUNCTION kpi_ratings(as_of date)
        RETURNS TABLE (
            kpi_id uuid,
            plan_id uuid,
            rag text,
            rule text,
            measurement_id uuid,
            period_label text,
            period_end date,
            value numeric,
            target numeric,
            amber_tolerance numeric,
            unit text,
            direction text,
            next_expected_by date)
        LANGUAGE sql
        STABLE
        AS $function$
        SELECT
            k.id,
            k.plan_id,
            CASE decided.rule
                WHEN 'ToBeAgreed' THEN 'ToBeAgreed'
                WHEN 'NoTarget' THEN 'Monitored'
                WHEN 'NoMeasurement' THEN 'NoData'
                WHEN 'Stale' THEN 'Stale'
                WHEN 'MetTarget' THEN 'Green'
                WHEN 'WithinAmberBand' THEN 'Amber'
                ELSE 'Red'
            END::text,
            decided.rule,
            latest.id,
            latest.period_label::text,
            latest.period_end,
            latest.value,
            k.target,
            k.amber_tolerance,
            k.unit::text,
            k.direction::text,
            judged.next_expected_by
        FROM kpis AS k
        LEFT JOIN LATERAL (
            SELECT m.id, m.period_label, m.period_end, m.value
            FROM kpi_measurements AS m
            WHERE m.kpi_id = k.id
              AND m.period_end <= as_of
            ORDER BY m.period_end DESC, m.period_start DESC
            LIMIT 1
        ) AS latest ON true
        CROSS JOIN LATERAL (
            SELECT
                (CASE k.frequency
                    WHEN 'Monthly' THEN (latest.period_end + interval '1 month')::date
                    WHEN 'Quarterly' THEN (latest.period_end + interval '3 months')::date
                    WHEN 'Annual' THEN (latest.period_end + interval '1 year')::date
                END) + k.publication_lag_days AS next_expected_by,
                -- How far the value is on the wrong side of the target: positive is worse, zero or less meets it.
                CASE WHEN k.direction = 'LowerIsBetter' THEN latest.value - k.target ELSE k.target - latest.value END AS shortfall
        ) AS judged
        CROSS JOIN LATERAL (
            SELECT
                CASE
                    WHEN k.lifecycle = 'ToBeAgreed' OR (k.lifecycle = 'Defined' AND k.target IS NULL) THEN 'ToBeAgreed'
                    WHEN k.target IS NULL THEN 'NoTarget'
                    WHEN latest.id IS NULL THEN 'NoMeasurement'
                    WHEN judged.next_expected_by < as_of THEN 'Stale'
                    WHEN judged.shortfall <= 0 THEN 'MetTarget'
                    WHEN judged.shortfall <= k.amber_tolerance THEN 'WithinAmberBand'
                    WHEN k.amber_tolerance IS NOT NULL THEN 'BeyondAmberBand'
                    ELSE 'MissedTarget'
                END::text AS rule
        ) AS decided
        $function$;
        """;

    public const string DropSql = "DROP FUNCTION IF EXISTS kpi_ratings(date);";
}
