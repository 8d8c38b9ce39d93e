namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// The reminder scan's SQL, one statement per step, all set-based: the scan (<see cref="ReminderScan"/>) runs them in
/// one transaction, and the benchmark runs <see cref="InsertReminders"/> on its own to compare.
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
    /// Due-soon, overdue, escalation and unassigned reminders of every active plan that is not paused; returns how many
    /// were recorded per kind. Parameters: <c>@today</c> (date), <c>@now</c> (timestamptz), <c>@manager_role</c> (the
    /// ProgrammeManager role's id).
    /// </summary>
    /// <remarks>
    /// <para>Cycles (the occasion a reminder is for; a new cycle is a new reminder):</para>
    /// <list type="bullet">
    /// <item>DueSoon: the due date, so once per due date. Due 10 Apr 2020, 14-day window: reminded on the first scan from
    /// 27 Mar 2020, cycle "2020-04-10"; a corrected due date of 17 Apr is a new occasion ("2020-04-17"). The window is the
    /// plan's reminder window within the due-soon flag of <c>action_ratings</c> (the RAG window, default 30 days), so a
    /// reminder window longer than the RAG window reminds no earlier than the RAG window.</item>
    /// <item>Overdue: the due date and the cadence period, <c>floor((days overdue − 1) / every)</c>. Due 31 Mar 2020, weekly:
    /// 1–7 Apr → "2020-03-31/0" (first reminded on 1 Apr), 8–14 Apr → "2020-03-31/1", and so on while it stays overdue.</item>
    /// <item>Escalation (to every programme manager): the due date, told once when the action has been overdue for the
    /// plan's escalation days. Due 31 Mar 2020, 30 days: from 30 Apr 2020, cycle "2020-03-31".</item>
    /// <item>Unassigned (to every programme manager, instead of the due-soon or overdue reminder when the action has no
    /// lead or its lead is "to be agreed"): the replaced kind's cycle, prefixed: "due-soon:2020-04-10",
    /// "overdue:2020-03-31/0".</item>
    /// </list>
    /// <para>Programme managers are the enabled users holding the ProgrammeManager role.</para>
    /// </remarks>
    public const string InsertReminders = $"""
        WITH managers AS (
            SELECT u.id AS user_id
            FROM users AS u
            JOIN user_roles AS ur ON ur.user_id = u.id AND ur.role_id = @manager_role
            WHERE NOT u.disabled
        ),
        rated AS MATERIALIZED (
            SELECT r.action_id, r.plan_id, r.due_date, r.is_overdue,
                   @today - r.due_date AS days_overdue,
                   NOT r.is_overdue AND r.is_due_soon AND r.due_date <= @today + p.settings_reminder_due_soon_days AS is_due_soon,
                   p.settings_overdue_reminder_every_days AS every_days,
                   p.settings_escalate_after_days_overdue AS escalate_after_days,
                   a.lead_to_be_agreed OR NOT EXISTS (SELECT 1 FROM action_leads AS al WHERE al.action_id = r.action_id) AS unassigned
            FROM action_ratings(@today) AS r
            JOIN plans AS p ON p.id = r.plan_id
            JOIN actions AS a ON a.id = r.action_id
            WHERE p.status = 'Active'
              AND NOT p.settings_reminders_paused
              AND (r.is_overdue OR (r.is_due_soon AND r.due_date <= @today + p.settings_reminder_due_soon_days))
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
        ),
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

    /// <summary>
    /// Board update requests to every lead of every open action (as of today neither completed nor cancelled) of the
    /// plans whose request window is open; returns how many were recorded. Parameters: <c>@today</c>, <c>@now</c>,
    /// <c>@plan_ids</c> (uuid[]) and <c>@meeting_dates</c> (date[]), paired by position.
    /// </summary>
    /// <remarks>
    /// The cycle is the meeting: "board-2020-04-20", once per meeting, asked from the request day (10 working days
    /// before: 2 Apr 2020) until the day before the meeting; a lead who was reminded on 2 Apr is not asked again on
    /// 3 Apr, but the lead of an action added on 6 Apr is.
    /// </remarks>
    public const string InsertBoardRequests = $"""
        WITH meetings AS (
            SELECT * FROM unnest(@plan_ids, @meeting_dates) AS m(plan_id, meeting_date)
        ),
        inserted AS (
            INSERT INTO reminders (id, plan_id, action_id, kind, cycle, lead_id, user_id, due_on, days_overdue, scan_date, created_at, state)
            SELECT {NewId}, r.plan_id, r.action_id, 'BoardUpdateRequest', 'board-' || to_char(m.meeting_date, 'YYYY-MM-DD'),
                   al.lead_id, NULL, m.meeting_date, 0, @today, @now, 'Pending'
            FROM meetings AS m
            JOIN action_ratings(@today) AS r ON r.plan_id = m.plan_id
            JOIN action_leads AS al ON al.action_id = r.action_id
            WHERE r.derived_rag IS NOT NULL AND r.derived_rag <> 'Complete'
            ON CONFLICT DO NOTHING
            RETURNING kind
        )
        SELECT kind, count(*)::integer FROM inserted GROUP BY kind
        """;

    /// <summary>
    /// Gathers every reminder without a digest into one digest per recipient (a lead — with the lead's account as its
    /// user when linked — or a programme manager), writes the outbox (one Pending InApp and one Pending Email delivery
    /// per digest) and links the reminders; returns the new digests' ids. Parameters: <c>@today</c>, <c>@now</c>.
    /// </summary>
    public const string CreateDigests = $"""
        WITH waiting AS (
            SELECT DISTINCT lead_id, user_id FROM reminders WHERE digest_id IS NULL
        ),
        digests AS (
            INSERT INTO reminder_digests (id, lead_id, user_id, scan_date, created_at)
            SELECT {NewId}, w.lead_id, COALESCE(w.user_id, l.user_id), @today, @now
            FROM waiting AS w
            LEFT JOIN leads AS l ON l.id = w.lead_id
            RETURNING id, lead_id, user_id
        ),
        deliveries AS (
            INSERT INTO digest_deliveries (id, digest_id, channel, state, attempts, created_at)
            SELECT {NewId}, d.id, c.channel, 'Pending', 0, @now
            FROM digests AS d
            CROSS JOIN (VALUES ('InApp'), ('Email')) AS c(channel)
        ),
        linked AS (
            -- A lead's digest is keyed by the lead (its user column is the lead's account), a manager's by the user.
            UPDATE reminders AS r
            SET digest_id = d.id
            FROM digests AS d
            WHERE r.digest_id IS NULL
              AND COALESCE(r.lead_id, r.user_id) = COALESCE(d.lead_id, d.user_id)
              AND (r.lead_id IS NULL) = (d.lead_id IS NULL)
        )
        SELECT id FROM digests
        """;
}
