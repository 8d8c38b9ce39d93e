namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// The reminder scan's SQL, all set-based: the scan (<see cref="ReminderScan"/>) takes the lock, reads the board
/// meetings and runs <see cref="RecordReminders"/> in one transaction; the benchmark runs the bare
/// <see cref="InsertReminders"/> (the same candidates, no digests) on its own to compare.
/// </summary>
/// <remarks>
/// Which actions are overdue or due soon comes from <c>action_ratings(today)</c> only (completed and cancelled actions
/// carry no flags). Every insert ends in <c>ON CONFLICT DO NOTHING</c> against the reminders' unique key (action, kind,
/// cycle, lead, user — nulls not distinct): a reminder already recorded is skipped, so a rerun records nothing twice.
/// Ids are UUID version 7 made in SQL (48 bits of milliseconds, then random bits), as the app makes them.
/// </remarks>
public static class ReminderScanSql
{
    /// <summary>Key of the transaction-level advisory lock that puts concurrent scans one after the other.</summary>
    public const long LockKey = 0x52_45_4D_49_4E_44; // "REMIND"

    /// <summary>A new UUID version 7: gen_random_uuid() (v4) with the first 48 bits replaced by the time and version bits 0111.</summary>
    private const string NewId = """
        encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
            placing substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
        """;

    public static readonly string TakeLock = FormattableString.Invariant($"SELECT pg_advisory_xact_lock({LockKey})");

    /// <summary>
    /// The reminders due today, one row per action, kind, cycle and recipient (a lead, or a programme manager): the
    /// WITH list both statements below start from. Parameters: <c>@today</c> (date), <c>@manager_role</c> (the
    /// ProgrammeManager role's id), <c>@plan_ids</c> (uuid[]) and <c>@meeting_dates</c> (date[]), paired by position: the
    /// board meetings whose request window is open today (empty for none).
    /// </summary>
    /// <remarks>
    /// <para>Cycles (the occasion a reminder is for; a new cycle is a new reminder):</para>
    /// <list type="bullet">
    /// <item>DueSoon: the due date, so once per due date. Due 10 Apr 2020, 14-day window: reminded on the first scan from
    /// 27 Mar 2020, cycle "2020-04-10"; a corrected due date of 17 Apr is a new occasion ("2020-04-17"). The window is the
    /// plan's reminder window within the due-soon flag of <c>action_ratings</c> (the RAG window, default 30 days); a plan's
    /// settings cannot make the reminder window the longer of the two (<c>PlanSettingsRequest.Validate</c>).</item>
    /// <item>Overdue: the due date and the cadence period, <c>floor((days overdue − 1) / every)</c>. Due 31 Mar 2020, weekly:
    /// 1–7 Apr → "2020-03-31/0" (first reminded on 1 Apr), 8–14 Apr → "2020-03-31/1", and so on while it stays overdue.</item>
    /// <item>Escalation (to every programme manager): the due date, told once when the action has been overdue for the
    /// plan's escalation days. Due 31 Mar 2020, 30 days: from 30 Apr 2020, cycle "2020-03-31". Once per action and cycle,
    /// not per manager: one who joins on 5 May is not told of it.</item>
    /// <item>Unassigned (to every programme manager, instead of the due-soon or overdue reminder when the action has no
    /// lead or its lead is "to be agreed"): the replaced kind's cycle, prefixed: "due-soon:2020-04-10",
    /// "overdue:2020-03-31/0".</item>
    /// <item>BoardUpdateRequest (to every lead of every open action — neither completed nor cancelled as of today — of a
    /// plan whose request window is open): the meeting, "board-2020-04-20", so once per meeting, asked from the request
    /// day (10 working days before: 2 Apr 2020) until the day before the meeting. A lead reminded on 2 Apr is not asked
    /// again on 3 Apr, but the lead of an action added on 6 Apr is.</item>
    /// </list>
    /// <para>Programme managers are the enabled users holding the ProgrammeManager role.</para>
    /// </remarks>
    private const string Candidates = """
        WITH managers AS (
            SELECT u.id AS user_id
            FROM users AS u
            JOIN user_roles AS ur ON ur.user_id = u.id AND ur.role_id = @manager_role
            WHERE NOT u.disabled
        ),
        meetings AS (
            SELECT * FROM unnest(@plan_ids, @meeting_dates) AS m(plan_id, meeting_date)
        ),
        rated AS MATERIALIZED (
            SELECT r.action_id, r.plan_id, r.due_date, r.is_overdue,
                   @today - r.due_date AS days_overdue,
                   NOT r.is_overdue AND r.is_due_soon AND r.due_date <= @today + p.settings_reminder_due_soon_days AS is_due_soon,
                   -- Cancelled actions have no derived rating; completed ones are rated Complete.
                   r.derived_rag IS NOT NULL AND r.derived_rag <> 'Complete' AS is_open,
                   p.settings_overdue_reminder_every_days AS every_days,
                   p.settings_escalate_after_days_overdue AS escalate_after_days,
                   a.lead_to_be_agreed OR NOT EXISTS (SELECT 1 FROM action_leads AS al WHERE al.action_id = r.action_id) AS unassigned
            FROM action_ratings(@today) AS r
            JOIN plans AS p ON p.id = r.plan_id
            JOIN actions AS a ON a.id = r.action_id
            WHERE p.status = 'Active'
              AND NOT p.settings_reminders_paused
              AND (r.is_overdue
                   OR (r.is_due_soon AND r.due_date <= @today + p.settings_reminder_due_soon_days)
                   OR r.plan_id = ANY (@plan_ids))
        ),
        occasions AS (
            SELECT action_id, plan_id, 'DueSoon' AS kind, 'due-soon:' AS unassigned_prefix,
                   to_char(due_date, 'YYYY-MM-DD') AS cycle, due_date AS due_on, 0 AS days_overdue, unassigned
            FROM rated
            WHERE is_due_soon
            UNION ALL
            SELECT action_id, plan_id, 'Overdue', 'overdue:',
                   to_char(due_date, 'YYYY-MM-DD') || '/' || ((days_overdue - 1) / every_days), due_date, days_overdue, unassigned
            FROM rated
            WHERE is_overdue
        ),
        candidates AS (
            SELECT o.action_id, o.plan_id, o.kind, o.cycle, al.lead_id, NULL::uuid AS user_id, o.due_on, o.days_overdue
            FROM occasions AS o
            JOIN action_leads AS al ON al.action_id = o.action_id
            WHERE NOT o.unassigned
            UNION ALL
            SELECT o.action_id, o.plan_id, 'Unassigned', o.unassigned_prefix || o.cycle, NULL, m.user_id, o.due_on, o.days_overdue
            FROM occasions AS o
            CROSS JOIN managers AS m
            WHERE o.unassigned
            UNION ALL
            SELECT r.action_id, r.plan_id, 'Escalation', to_char(r.due_date, 'YYYY-MM-DD'), NULL, m.user_id, r.due_date, r.days_overdue
            FROM rated AS r
            CROSS JOIN managers AS m
            WHERE r.is_overdue AND r.days_overdue >= r.escalate_after_days
              -- Once per action and cycle: a manager added later is not sent every escalation already told to the others.
              AND NOT EXISTS (
                  SELECT 1 FROM reminders AS e
                  WHERE e.action_id = r.action_id AND e.kind = 'Escalation' AND e.cycle = to_char(r.due_date, 'YYYY-MM-DD'))
            UNION ALL
            SELECT r.action_id, r.plan_id, 'BoardUpdateRequest', 'board-' || to_char(m.meeting_date, 'YYYY-MM-DD'),
                   al.lead_id, NULL, m.meeting_date, 0
            FROM rated AS r
            JOIN meetings AS m ON m.plan_id = r.plan_id
            JOIN action_leads AS al ON al.action_id = r.action_id
            WHERE r.is_open
        )
        """;

    /// <summary>
    /// The bare statement: the reminders due today inserted with <c>ON CONFLICT DO NOTHING</c>, nothing else (no digest,
    /// no outbox); returns how many were recorded per kind. The benchmark's baseline. Parameters: as
    /// <see cref="Candidates"/>, and <c>@now</c> (timestamptz).
    /// </summary>
    public const string InsertReminders = $"""
        {Candidates},
        inserted AS (
            INSERT INTO reminders (id, plan_id, action_id, kind, cycle, lead_id, user_id, due_on, days_overdue, scan_date, created_at, state)
            SELECT {NewId}, c.plan_id, c.action_id, c.kind, c.cycle, c.lead_id, c.user_id, c.due_on, c.days_overdue, @today, @now, 'Pending'
            FROM candidates AS c
            ON CONFLICT DO NOTHING
            RETURNING kind
        )
        SELECT kind, count(*)::integer FROM inserted GROUP BY kind
        """;

    /// <summary>
    /// What the scan runs: the reminders due today that are not recorded yet, one digest per person they are for (per
    /// account, a lead's linked user or a programme manager, with its lead column null; per lead with no account, with its
    /// user column null), the outbox (one Pending InApp and one Pending Email delivery per digest), and the reminders
    /// inserted already carrying their digest. Returns one row per kind (kind, null, count), one per digest (null, id, 0)
    /// and, when no programme manager is there to receive them, one with the count of reminders for managers that went
    /// to no one (null, null, count). Parameters: as <see cref="InsertReminders"/>.
    /// </summary>
    /// <remarks>
    /// "Not recorded yet" is read before inserting, so digests are made only for recipients with something new and no
    /// reminder is written twice (an update of every new reminder afterwards cost as much as inserting them again). It is
    /// exact because the scan holds the advisory lock, and the unique key with <c>ON CONFLICT DO NOTHING</c> still guards
    /// the insert.
    /// </remarks>
    public const string RecordReminders = $"""
        {Candidates},
        fresh AS MATERIALIZED (
            SELECT c.*
            FROM candidates AS c
            WHERE NOT EXISTS (
                SELECT 1 FROM reminders AS r
                WHERE r.action_id = c.action_id AND r.kind = c.kind AND r.cycle = c.cycle
                  AND r.lead_id IS NOT DISTINCT FROM c.lead_id AND r.user_id IS NOT DISTINCT FROM c.user_id)
        ),
        -- One digest per person: keyed by the account for anyone who has one (a lead's linked user, or a manager), so a
        -- user linked to two leads, or a manager who is also a lead, gets one digest; by the lead for a lead with none.
        keyed AS (
            SELECT f.*, COALESCE(l.user_id, f.user_id) AS account_id
            FROM fresh AS f
            LEFT JOIN leads AS l ON l.id = f.lead_id
        ),
        recipients AS (
            SELECT account_id AS user_id, NULL::uuid AS lead_id FROM keyed WHERE account_id IS NOT NULL
            UNION
            SELECT NULL, lead_id FROM keyed WHERE account_id IS NULL
        ),
        digests AS (
            INSERT INTO reminder_digests (id, lead_id, user_id, scan_date, created_at)
            SELECT {NewId}, w.lead_id, w.user_id, @today, @now
            FROM recipients AS w
            RETURNING id, lead_id, user_id
        ),
        deliveries AS (
            INSERT INTO digest_deliveries (id, digest_id, channel, state, attempts, created_at)
            SELECT {NewId}, d.id, c.channel, 'Pending', 0, @now
            FROM digests AS d
            CROSS JOIN (VALUES ('InApp'), ('Email')) AS c(channel)
        ),
        inserted AS (
            INSERT INTO reminders (id, plan_id, action_id, kind, cycle, lead_id, user_id, due_on, days_overdue, scan_date, created_at, state, digest_id)
            SELECT {NewId}, f.plan_id, f.action_id, f.kind, f.cycle, f.lead_id, f.user_id, f.due_on, f.days_overdue, @today, @now, 'Pending', d.id
            FROM keyed AS f
            -- An account's digest has only its user, a lead's with no account only its lead.
            JOIN digests AS d ON COALESCE(d.user_id, d.lead_id) = COALESCE(f.account_id, f.lead_id) AND (d.user_id IS NULL) = (f.account_id IS NULL)
            ON CONFLICT DO NOTHING
            RETURNING kind
        )
        SELECT kind, NULL::uuid, count(*)::integer FROM inserted GROUP BY kind
        UNION ALL
        SELECT NULL, id, 0 FROM digests
        UNION ALL
        -- Reminders for programme managers that no one received, as there is no enabled user with the role (a constant
        -- filter: rated is not read again while there is one).
        SELECT NULL::text, NULL::uuid, count(*)::integer
        FROM rated AS r
        WHERE NOT EXISTS (SELECT 1 FROM managers)
          AND ((r.unassigned AND (r.is_overdue OR r.is_due_soon))
               OR (r.is_overdue AND r.days_overdue >= r.escalate_after_days
                   AND NOT EXISTS (
                       SELECT 1 FROM reminders AS e
                       WHERE e.action_id = r.action_id AND e.kind = 'Escalation' AND e.cycle = to_char(r.due_date, 'YYYY-MM-DD'))))
        HAVING count(*) > 0
        """;

    /// <summary>
    /// The board meetings whose update requests may be due: future meetings of active, unpaused plans that ask for
    /// updates (working days above 0). The request day is computed in C# (<see cref="WorkingDays"/>). Parameter:
    /// <c>@today</c>.
    /// </summary>
    public const string UpcomingMeetings = """
        SELECT m.plan_id, m.meeting_date, p.settings_board_update_request_working_days
        FROM board_meetings AS m
        JOIN plans AS p ON p.id = m.plan_id
        WHERE p.status = 'Active'
          AND NOT p.settings_reminders_paused
          AND p.settings_board_update_request_working_days > 0
          AND m.meeting_date > @today
        """;
}
