using System.Diagnostics;
using Npgsql;

namespace DeliveryTracker.Perf;

/// <summary>
/// Loads a synthetic estate of delivery plans into a migrated, empty database, set-based in the server
/// (<c>INSERT … SELECT generate_series</c>): 40 plans × 6 themes × 5 objectives, the actions spread evenly over the 1,200
/// objectives, 2,000 leads, a review of 34 recommendations per plan, 25 KPIs per plan with quarterly measurements, and
/// progress updates.
/// </summary>
/// <remarks>
/// <para>
/// Ids are <c>md5('action-' || n)::uuid</c> and the like, so links are computed from the same numbers without lookups,
/// and <c>setseed</c> makes <c>random()</c> repeat: the same seed gives the same data. Foreign-key triggers are off
/// while loading (<c>session_replication_role = replica</c>) because every reference is built from those formulas.
/// </para>
/// <para>
/// Shape of an action, so the RAG mix looks like a real estate: plans start each April from 2019 to 2025 and run three
/// years; an action starts in its plan's first 900 days and is due 30–570 days later (capped at the plan end and at
/// 31 Dec 2027); timescales are ByDate 45%, Range 25%, StartOnly 5%, Ongoing 10%, Recurring 5%, ToBeAgreed 5%,
/// Unknown 5% (about a quarter without a due date). Status depends on the due date: due more than 90 days ago →
/// 72% Completed, 5% Cancelled, the rest open (overdue); due within 90 days either side → mostly in progress; later →
/// mostly not started or in progress. 1–3 leads per action (one primary; popular leads lead more), 0–3 recommendation
/// links, 0–2 KPI links, 0–3 progress updates (1 on average), 40% of them with a reported rating. Open actions still
/// in their delivery window get more updates, the latest within the last 100 days; the others' updates are spread
/// over their lives, so old plans go stale the way real ones do.
/// </para>
/// </remarks>
public static class SyntheticPlan
{
    public const int Plans = 40;
    public const int ThemesPerPlan = 6;
    public const int ObjectivesPerTheme = 5;
    public const int Leads = 2_000;
    public const int RecommendationsPerReview = 34;
    public const int KpisPerPlan = 25;
    public const int MeasurementsPerKpi = 8;

    /// <summary>Words of the action texts; <c>q</c> filters search for some of them.</summary>
    public static readonly IReadOnlyList<string> SearchWords = ["knife", "refuge", "lighting", "mentoring", "safeguarding"];

    private const string Reviews = """
        INSERT INTO reviews (id, title, published_on, created_at, updated_at)
        SELECT md5('review-' || p)::uuid,
               'Independent review of community safety partnership ' || lpad((p + 1)::text, 2, '0'),
               make_date(2018 + p * 7 / @plans, 1 + p % 12, 1),
               make_date(2018 + p * 7 / @plans, 1 + p % 12, 1)::timestamptz,
               make_date(2018 + p * 7 / @plans, 1 + p % 12, 1)::timestamptz
        FROM generate_series(0, @plans - 1) AS p;

        INSERT INTO recommendations (id, review_id, number, text, council_response, created_at, updated_at)
        SELECT md5('rec-' || p || '-' || n)::uuid, md5('review-' || p)::uuid, n,
               'The partnership should ' || (ARRAY['publish', 'review', 'strengthen', 'fund', 'evaluate', 'share'])[1 + n % 6]
                   || ' ' || (ARRAY['its data sharing', 'youth provision', 'victim support', 'governance', 'early help', 'licensing'])[1 + (n * 7) % 6] || '.',
               CASE WHEN n % 4 <> 0 THEN 'Accepted: addressed by the delivery plan.' END,
               make_date(2018 + p * 7 / @plans, 1 + p % 12, 1)::timestamptz,
               make_date(2018 + p * 7 / @plans, 1 + p % 12, 1)::timestamptz
        FROM generate_series(0, @plans - 1) AS p, generate_series(1, @recommendations) AS n;
        """;

    private const string PlansAndTree = """
        INSERT INTO plans (id, title, period_start, period_end, status, source_document, review_id,
                           settings_rag_scale, settings_due_soon_days, settings_stale_after_days,
                           settings_progress_red_below_percent, settings_progress_amber_below_percent,
                           settings_reminder_due_soon_days, settings_escalate_after_days_overdue,
                           settings_board_update_request_working_days, created_at, updated_at)
        SELECT md5('plan-' || p)::uuid,
               'Community safety partnership ' || lpad((p + 1)::text, 2, '0') || ' delivery plan ' || y || '–' || (y + 3),
               make_date(y, 4, 1), make_date(y + 3, 3, 31),
               CASE WHEN y + 3 < extract(year FROM current_date) THEN 'Archived' WHEN p % 10 = 9 THEN 'Draft' ELSE 'Active' END,
               'plans/csp-' || lpad((p + 1)::text, 2, '0') || '.docx',
               md5('review-' || p)::uuid,
               CASE WHEN p % 5 = 0 THEN 'FivePoint' ELSE 'ThreePoint' END,
               (ARRAY[30, 30, 30, 14, 45])[1 + p % 5],
               (ARRAY[60, 60, 90, 45])[1 + p % 4],
               (ARRAY[70, 70, 60, 75])[1 + p % 4],
               (ARRAY[90, 90, 85, 95])[1 + p % 4],
               14, 30, 5,
               make_date(y, 3, 1)::timestamptz, make_date(y, 3, 1)::timestamptz
        FROM generate_series(0, @plans - 1) AS p, LATERAL (SELECT 2019 + p * 7 / @plans AS y) AS plan_year;

        INSERT INTO themes (id, plan_id, code, title, position, created_at, updated_at)
        SELECT md5('theme-' || (p * @themes + t))::uuid, md5('plan-' || p)::uuid,
               (ARRAY['SYV', 'VAWG', 'ASB', 'DRG', 'REO', 'HATE'])[1 + t],
               (ARRAY['Serious youth violence', 'Violence against women and girls', 'Anti-social behaviour',
                      'Drugs and exploitation', 'Reducing reoffending', 'Hate crime'])[1 + t],
               t + 1, now() - interval '3 years', now() - interval '3 years'
        FROM generate_series(0, @plans - 1) AS p, generate_series(0, @themes - 1) AS t;

        INSERT INTO objectives (id, theme_id, title, position, created_at, updated_at)
        SELECT md5('objective-' || o)::uuid, md5('theme-' || (o / @objectives))::uuid,
               (ARRAY['Prevent harm before it happens', 'Support victims and survivors', 'Pursue and disrupt offenders',
                      'Build community confidence', 'Improve partnership working'])[1 + o % @objectives],
               o % @objectives + 1, now() - interval '3 years', now() - interval '3 years'
        FROM generate_series(0, @plans * @themes * @objectives - 1) AS o;

        INSERT INTO leads (id, name, kind, organisation_id, email, user_id, created_at, updated_at)
        SELECT md5('lead-' || l)::uuid,
               (ARRAY['Community safety officer', 'Youth offending team', 'VAWG lead', 'Metropolitan Police',
                      'Safer neighbourhoods board', 'Housing officer'])[1 + l % 6] || ' ' || lpad((l + 1)::text, 4, '0'),
               (ARRAY['Person', 'Team', 'Role', 'Organisation', 'Board', 'Person'])[1 + l % 6],
               NULL,
               CASE WHEN l % 6 IN (0, 5) THEN 'lead' || (l + 1) || '@example.gov.uk' END,
               NULL, now() - interval '3 years', now() - interval '3 years'
        FROM generate_series(0, @leads - 1) AS l;

        INSERT INTO kpis (id, plan_id, code, name, description, unit, direction, target, amber_tolerance, frequency,
                          publication_lag_days, baseline, baseline_period, lifecycle, owner_lead_id, data_source,
                          created_at, updated_at)
        SELECT md5('kpi-' || p || '-' || k)::uuid, md5('plan-' || p)::uuid,
               'P' || lpad((p + 1)::text, 2, '0') || '-KPI-' || lpad((k + 1)::text, 2, '0'),
               (ARRAY['Knife crime offences', 'Domestic abuse incidents', 'ASB calls', 'First-time entrants',
                      'Proven reoffending rate'])[1 + k % 5] || ' (' || (k + 1) || ')',
               NULL,
               (ARRAY['Count', 'Count', 'Count', 'RatePerThousand', 'Percent'])[1 + k % 5],
               CASE WHEN k % 7 = 3 THEN 'HigherIsBetter' ELSE 'LowerIsBetter' END,
               CASE WHEN k % 6 <> 5 THEN 100 + k * 10 END, CASE WHEN k % 6 <> 5 THEN 10 END,
               (ARRAY['Monthly', 'Quarterly', 'Quarterly', 'Annual', 'AdHoc'])[1 + k % 5],
               30, 120 + k * 10, '2018/19',
               (ARRAY['Reporting', 'Reporting', 'Baselined', 'Defined', 'ToBeAgreed'])[1 + k % 5],
               md5('lead-' || ((p * @kpis + k) * 7 % @leads))::uuid, 'police.uk',
               now() - interval '3 years', now() - interval '3 years'
        FROM generate_series(0, @plans - 1) AS p, generate_series(0, @kpis - 1) AS k;

        INSERT INTO kpi_measurements (id, kpi_id, period_label, period_start, period_end, value, source, note, recorded_at, updated_at)
        SELECT md5('measurement-' || p || '-' || k || '-' || q)::uuid, md5('kpi-' || p || '-' || k)::uuid,
               'Q' || (q % 4 + 1) || ' ' || (y + q / 4) || '/' || lpad(((y + q / 4 + 1) % 100)::text, 2, '0'),
               (make_date(y, 4, 1) + q * interval '3 months')::date,
               (make_date(y, 4, 1) + (q + 1) * interval '3 months' - interval '1 day')::date,
               round((100 + k * 10 + (random() - 0.5) * 60)::numeric, 1), 'police.uk', NULL,
               make_date(y, 4, 1) + (q + 1) * interval '3 months' + interval '30 days',
               make_date(y, 4, 1) + (q + 1) * interval '3 months' + interval '30 days'
        FROM generate_series(0, @plans - 1) AS p, generate_series(0, @kpis - 1) AS k,
             generate_series(0, @measurements - 1) AS q, LATERAL (SELECT 2019 + p * 7 / @plans AS y) AS plan_year
        WHERE make_date(y, 4, 1) + (q + 1) * interval '3 months' < now();
        """;

    // One row per action with every random draw, so actions and their links and updates agree.
    private const string DrawActions = """
        CREATE TEMP TABLE gen_actions AS
        WITH numbered AS (
            SELECT a, (a::bigint * (@plans * @themes * @objectives) / @actions)::int AS o
            FROM generate_series(0, @actions - 1) AS a
        ), drawn AS (
            SELECT n.a, n.o, n.o / @objectives AS t, n.o / (@objectives * @themes) AS p,
                   (n.a - (n.o::bigint * @actions + (@plans * @themes * @objectives) - 1) / (@plans * @themes * @objectives) + 1)::int AS pos,
                   random() AS r_kind, random() AS r_start, random() AS r_len, random() AS r_status, random() AS r_pct,
                   random() AS r_pct_null, random() AS r_created, random() AS r_updated,
                   random() AS r_verb, random() AS r_topic, random() AS r_partner, random() AS r_area, random() AS r_outcome,
                   random() AS r_updates, random() AS r_last,
                   random() AS r_leads, random() AS r_lead_base, random() AS r_lead_step,
                   random() AS r_recs, random() AS r_rec_base, random() AS r_rec_step,
                   random() AS r_kpis, random() AS r_kpi_base, random() AS r_kpi_step
            FROM numbered AS n
        ), dated AS (
            SELECT d.*, period_start, period_end,
                   CASE WHEN r_kind < 0.45 THEN 'ByDate' WHEN r_kind < 0.70 THEN 'Range' WHEN r_kind < 0.75 THEN 'StartOnly'
                        WHEN r_kind < 0.85 THEN 'Ongoing' WHEN r_kind < 0.90 THEN 'Recurring' WHEN r_kind < 0.95 THEN 'ToBeAgreed'
                        ELSE 'Unknown' END AS kind,
                   date_trunc('month', (period_start + floor(r_start * 900)::int)::timestamp)::date AS start_month,
                   (date_trunc('month', LEAST(period_start + floor(r_start * 900)::int + 30 + floor(r_len * 540)::int,
                                              period_end, DATE '2027-12-31')::timestamp)
                       + interval '1 month' - interval '1 day')::date AS due_month_end
            FROM drawn AS d,
                 LATERAL (SELECT make_date(2019 + d.p * 7 / @plans, 4, 1) AS period_start,
                                 make_date(2019 + d.p * 7 / @plans + 3, 3, 31) AS period_end) AS plan_period
        ), timed AS (
            SELECT d.*,
                   CASE kind WHEN 'Range' THEN start_month WHEN 'StartOnly' THEN start_month
                             WHEN 'Ongoing' THEN CASE WHEN r_len < 0.5 THEN start_month END
                             WHEN 'Recurring' THEN period_start END AS start_date,
                   CASE kind WHEN 'ByDate' THEN due_month_end WHEN 'Range' THEN due_month_end
                             WHEN 'Recurring' THEN (period_start + interval '1 year' - interval '1 day')::date END AS due_date
            FROM dated AS d
        ), statused AS (
            SELECT t.*,
                   CASE
                       WHEN due_date < current_date - 90 THEN
                           CASE WHEN r_status < 0.72 THEN 'Completed' WHEN r_status < 0.77 THEN 'Cancelled' WHEN r_status < 0.88 THEN 'InProgress'
                                WHEN r_status < 0.92 THEN 'Blocked' WHEN r_status < 0.95 THEN 'OnHold' ELSE 'NotStarted' END
                       WHEN due_date < current_date + 90 THEN
                           CASE WHEN r_status < 0.30 THEN 'Completed' WHEN r_status < 0.32 THEN 'Cancelled' WHEN r_status < 0.77 THEN 'InProgress'
                                WHEN r_status < 0.82 THEN 'Blocked' WHEN r_status < 0.85 THEN 'OnHold' ELSE 'NotStarted' END
                       WHEN due_date IS NOT NULL THEN
                           CASE WHEN r_status < 0.05 THEN 'Completed' WHEN r_status < 0.07 THEN 'Cancelled' WHEN r_status < 0.52 THEN 'InProgress'
                                WHEN r_status < 0.57 THEN 'Blocked' WHEN r_status < 0.60 THEN 'OnHold' ELSE 'NotStarted' END
                       ELSE
                           CASE WHEN r_status < 0.15 THEN 'Completed' WHEN r_status < 0.17 THEN 'Cancelled' WHEN r_status < 0.67 THEN 'InProgress'
                                WHEN r_status < 0.70 THEN 'Blocked' WHEN r_status < 0.75 THEN 'OnHold' ELSE 'NotStarted' END
                   END AS status,
                   (period_start - 30)::timestamptz + r_created * interval '25 days' AS created_at,
                   LEAST(now(), COALESCE(due_date, period_end)::timestamptz + interval '45 days') AS update_end
            FROM timed AS t
        ), reported AS (
            -- Open actions still being worked on (their update window reaches today) are updated more, and lately.
            SELECT s.*, is_live,
                   CASE WHEN is_live THEN CASE WHEN r_updates < 0.10 THEN 0 WHEN r_updates < 0.55 THEN 1 WHEN r_updates < 0.90 THEN 2 ELSE 3 END
                        ELSE CASE WHEN r_updates < 0.35 THEN 0 WHEN r_updates < 0.75 THEN 1 WHEN r_updates < 0.95 THEN 2 ELSE 3 END
                   END AS update_count
            FROM statused AS s,
                 LATERAL (SELECT s.status NOT IN ('Completed', 'Cancelled') AND s.update_end >= now() - interval '1 day' AS is_live) AS live
        )
        SELECT s.*,
               (ARRAY['SYV', 'VAWG', 'ASB', 'DRG', 'REO', 'HATE'])[1 + t % @themes] || '-' || (o % @objectives + 1) || '.' || pos AS reference_code,
               (ARRAY['Deliver', 'Commission', 'Expand', 'Review', 'Develop', 'Launch', 'Pilot', 'Strengthen', 'Embed', 'Evaluate', 'Map', 'Fund'])[1 + floor(r_verb * 12)::int]
                   || ' ' || (ARRAY['knife crime awareness sessions', 'youth outreach', 'domestic abuse refuge places', 'CCTV coverage',
                                    'hate crime reporting', 'drug treatment referrals', 'street lighting improvements', 'ASB patrols',
                                    'county lines disruption', 'victim support services', 'reoffending mentoring schemes', 'safeguarding training',
                                    'trauma-informed practice', 'night-time economy safety', 'modern slavery awareness', 'school exclusion support',
                                    'mental health triage', 'weapon sweeps', 'youth club provision', 'restorative justice'])[1 + floor(r_topic * 20)::int]
                   || ' with ' || (ARRAY['the police', 'schools', 'housing providers', 'health partners', 'the voluntary sector', 'probation',
                                         'youth services', 'licensing'])[1 + floor(r_partner * 8)::int]
                   || ' in ' || (ARRAY['the town centre', 'priority wards', 'the borough', 'housing estates', 'parks', 'transport hubs',
                                       'hotspot locations', 'secondary schools'])[1 + floor(r_area * 8)::int]
                   || CASE WHEN r_outcome < 0.5
                           THEN ', so that ' || (ARRAY['fewer young people carry weapons', 'victims get help sooner', 'residents feel safer',
                                                       'repeat offending falls', 'reports of hate crime rise'])[1 + floor(r_outcome * 10)::int]
                           ELSE '' END || '.' AS text,
               CASE status WHEN 'Completed' THEN 100 WHEN 'Cancelled' THEN NULL
                           WHEN 'NotStarted' THEN CASE WHEN r_pct_null < 0.5 THEN 0 END
                           ELSE CASE WHEN r_pct_null < 0.15 THEN NULL ELSE 5 + floor(r_pct * 91)::int END END AS percent_complete,
               CASE WHEN update_count = 0 THEN NULL
                    WHEN is_live THEN GREATEST(created_at, now() - r_last * interval '100 days')
                    ELSE created_at + ((update_count - 1) + r_last) / update_count * (update_end - created_at) END AS last_progress_at,
               CASE WHEN r_leads < 0.50 THEN 1 WHEN r_leads < 0.85 THEN 2 ELSE 3 END AS lead_count,
               floor(r_lead_base * r_lead_base * @leads)::int AS lead_base,
               1 + floor(r_lead_step * (@leads / 2 - 1))::int AS lead_step,
               CASE WHEN r_recs < 0.40 THEN 0 WHEN r_recs < 0.70 THEN 1 WHEN r_recs < 0.90 THEN 2 ELSE 3 END AS rec_count,
               floor(r_rec_base * @recommendations)::int AS rec_base,
               1 + floor(r_rec_step * (@recommendations / 2 - 1))::int AS rec_step,
               CASE WHEN r_kpis < 0.70 THEN 0 WHEN r_kpis < 0.95 THEN 1 ELSE 2 END AS kpi_count,
               floor(r_kpi_base * @kpis)::int AS kpi_base,
               1 + floor(r_kpi_step * (@kpis / 2 - 1))::int AS kpi_step
        FROM reported AS s;
        """;

    private const string ActionRows = """
        INSERT INTO actions (id, plan_id, theme_id, objective_id, reference_code, text, position, status, percent_complete,
                             kpi_text, timescale_raw, timescale_kind, timescale_start_date, timescale_due_date,
                             timescale_confidence, timescale_is_corrected, timescale_note, last_progress_at, created_at, updated_at)
        SELECT md5('action-' || a)::uuid, md5('plan-' || p)::uuid, md5('theme-' || t)::uuid, md5('objective-' || o)::uuid,
               reference_code, text, pos, status, percent_complete,
               CASE WHEN r_kpis < 0.2 THEN 'Reduction in offences recorded by the police' END,
               CASE kind WHEN 'ByDate' THEN to_char(due_date, 'FMMonth YYYY')
                         WHEN 'Range' THEN to_char(start_date, 'FMMonth YYYY') || ' – ' || to_char(due_date, 'FMMonth YYYY')
                         WHEN 'StartOnly' THEN 'Commence ' || to_char(start_date, 'FMMonth YYYY')
                         WHEN 'Ongoing' THEN COALESCE(to_char(start_date, 'FMMonth YYYY') || ' and ongoing', 'Ongoing')
                         WHEN 'Recurring' THEN 'Annual'
                         WHEN 'ToBeAgreed' THEN 'TBC'
                         ELSE 'When funding allows' END,
               kind, start_date, due_date,
               CASE kind WHEN 'Recurring' THEN 'Medium' WHEN 'ToBeAgreed' THEN 'None' WHEN 'Unknown' THEN 'None' ELSE 'High' END,
               r_verb < 0.02,
               CASE kind WHEN 'Unknown' THEN 'No date could be read from the timescale.' END,
               last_progress_at, created_at,
               COALESCE(last_progress_at, created_at + r_updated * (update_end - created_at))
        FROM gen_actions;
        """;

    private const string Links = """
        INSERT INTO action_leads (action_id, lead_id, is_primary, position)
        SELECT md5('action-' || g.a)::uuid, md5('lead-' || ((g.lead_base + j * g.lead_step) % @leads))::uuid, j = 0, j + 1
        FROM gen_actions AS g, generate_series(0, g.lead_count - 1) AS j;

        INSERT INTO action_recommendations (action_id, recommendation_id)
        SELECT md5('action-' || g.a)::uuid, md5('rec-' || g.p || '-' || (1 + (g.rec_base + j * g.rec_step) % @recommendations))::uuid
        FROM gen_actions AS g, generate_series(0, g.rec_count - 1) AS j;

        INSERT INTO action_kpis (action_id, kpi_id)
        SELECT md5('action-' || g.a)::uuid, md5('kpi-' || g.p || '-' || ((g.kpi_base + j * g.kpi_step) % @kpis))::uuid
        FROM gen_actions AS g, generate_series(0, g.kpi_count - 1) AS j;
        """;

    private const string ProgressUpdates = """
        INSERT INTO progress_updates (id, action_id, author_user_id, author_name, posted_at, status, percent_complete,
                                      reported_rag, justification, note, evidence_links)
        WITH drawn AS (
            SELECT g.*, i, random() AS r_when, random() AS r_rag
            FROM gen_actions AS g, generate_series(0, g.update_count - 1) AS i
        )
        SELECT md5('update-' || a || '-' || i)::uuid, md5('action-' || a)::uuid, NULL,
               'Lead officer ' || lpad((lead_base + 1)::text, 4, '0'),
               CASE WHEN i = update_count - 1 THEN last_progress_at
                    ELSE created_at + (i + r_when) / update_count * (last_progress_at - created_at) END,
               CASE WHEN i = update_count - 1 THEN status ELSE 'InProgress' END,
               CASE WHEN i = update_count - 1 THEN percent_complete END,
               CASE WHEN r_rag < 0.20 THEN 'Green' WHEN r_rag < 0.32 THEN 'Amber' WHEN r_rag < 0.40 THEN 'Red' END,
               CASE WHEN r_rag < 0.40 THEN 'The lead''s own judgement after the partnership meeting.' END,
               'Update ' || (i + 1) || ' on ' || reference_code || ': work continues with partners.',
               CASE WHEN r_when < 0.1 THEN ARRAY['https://example.gov.uk/evidence/' || a] ELSE '{}'::text[] END
        FROM drawn;
        """;

    /// <summary>Loads the data set, prints each step's time, and returns the row counts by table.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> LoadAsync(NpgsqlDataSource database, int actions, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, "SET session_replication_role = replica; SET maintenance_work_mem = '512MB'; SET work_mem = '256MB'", actions, cancellationToken);
        await using (var setSeed = new NpgsqlCommand("SELECT setseed($1)", connection))
        {
            setSeed.Parameters.Add(new NpgsqlParameter { Value = seed % 1000 / 1000.0 });
            await setSeed.ExecuteNonQueryAsync(cancellationToken);
        }

        var steps = new (string Name, string Sql)[]
        {
            ("reviews and recommendations", Reviews),
            ("plans, themes, objectives, leads, KPIs and measurements", PlansAndTree),
            ("drawing actions", DrawActions),
            ("actions", ActionRows),
            ("lead, recommendation and KPI links", Links),
            ("progress updates", ProgressUpdates),
            ("clean-up", "DROP TABLE gen_actions; RESET session_replication_role"),
            ("VACUUM ANALYZE", "VACUUM (ANALYZE)"),
        };
        foreach (var (name, sql) in steps)
        {
            var started = Stopwatch.GetTimestamp();
            await ExecuteAsync(connection, sql, actions, cancellationToken);
            Console.WriteLine($"  {name}: {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        }

        return await CountRowsAsync(connection, cancellationToken);
    }

    /// <summary>How many actions the database holds; null when the schema is not there yet.</summary>
    public static async Task<long?> CountActionsAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var command = database.CreateCommand("SELECT CASE WHEN to_regclass('actions') IS NOT NULL THEN (SELECT count(*) FROM actions) END");
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    public static async Task<IReadOnlyDictionary<string, long>> CountRowsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        string[] tables = ["plans", "themes", "objectives", "actions", "leads", "action_leads", "reviews", "recommendations",
            "action_recommendations", "kpis", "kpi_measurements", "action_kpis", "progress_updates"];
        var sql = string.Join(" UNION ALL ", tables.Select((t, i) => $"SELECT {i}, count(*) FROM {t}")) + " ORDER BY 1";
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[tables[reader.GetInt32(0)]] = reader.GetInt64(1);
        }

        return counts;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, int actions, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        if (sql.Contains('@', StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("actions", actions);
            command.Parameters.AddWithValue("plans", Plans);
            command.Parameters.AddWithValue("themes", ThemesPerPlan);
            command.Parameters.AddWithValue("objectives", ObjectivesPerTheme);
            command.Parameters.AddWithValue("leads", Leads);
            command.Parameters.AddWithValue("recommendations", RecommendationsPerReview);
            command.Parameters.AddWithValue("kpis", KpisPerPlan);
            command.Parameters.AddWithValue("measurements", MeasurementsPerKpi);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
