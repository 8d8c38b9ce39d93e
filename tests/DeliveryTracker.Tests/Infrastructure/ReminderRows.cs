using DeliveryTracker.Contracts.Reminders;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// Reminder, digest and notification rows for fixtures that only read them (the notifications page, the reminders
/// log), written with SQL through <see cref="TestRows"/> as the scan and the delivery jobs would write them. Ids are
/// UUIDv7 made in call order, so a row written later is newer.
/// </summary>
public static class ReminderRows
{
    private static readonly Lock Gate = new();
    private static DateTimeOffset _last;

    /// <summary>
    /// A UUIDv7 at least a millisecond after the last one: ids made in the same millisecond have random low bits, so
    /// they would not sort in the order they were made, and "newest first" would depend on chance.
    /// </summary>
    private static Guid NextId()
    {
        lock (Gate)
        {
            var now = DateTimeOffset.UtcNow;
            _last = now > _last.AddMilliseconds(1) ? now : _last.AddMilliseconds(1);
            return Guid.CreateVersion7(_last);
        }
    }

    /// <summary>A digest for a lead (and the user who is that lead, if any) or for a programme manager.</summary>
    public static async Task<Guid> DigestAsync(string connectionString, Guid? leadId, Guid? userId)
    {
        var id = NextId();
        await TestRows.ExecuteAsync(
            connectionString,
            "INSERT INTO reminder_digests (id, lead_id, user_id, scan_date, created_at) VALUES (@id, @lead, @user, DATE '2020-04-01', now())",
            ("id", id), ("lead", leadId), ("user", userId));
        return id;
    }

    /// <summary>A reminder of <paramref name="kind"/> about an action; cycle and due date from <paramref name="dueOn"/>.</summary>
    public static async Task<Guid> ReminderAsync(
        string connectionString, Guid planId, Guid actionId, ReminderKind kind, DateOnly dueOn, int daysOverdue,
        Guid? leadId = null, Guid? userId = null, Guid? digestId = null, ReminderState state = ReminderState.Pending,
        string? deliveredVia = null, string? lastFailure = null)
    {
        var id = NextId();
        await TestRows.ExecuteAsync(
            connectionString,
            """
            INSERT INTO reminders (id, plan_id, action_id, kind, cycle, lead_id, user_id, due_on, days_overdue, scan_date, created_at, digest_id, state,
                                   delivered_at, delivered_via, last_failure, last_failure_at)
            VALUES (@id, @plan, @action, @kind, @cycle, @lead, @user, @due, @days, DATE '2020-04-01', now(), @digest, @state,
                    CASE WHEN @via::text IS NULL THEN NULL ELSE now() END, coalesce(string_to_array(@via::text, ','), '{}'),
                    @failure::text, CASE WHEN @failure::text IS NULL THEN NULL ELSE now() END)
            """,
            ("id", id), ("plan", planId), ("action", actionId), ("kind", kind.ToString()), ("cycle", $"{dueOn:yyyy-MM-dd}/{id:N}"[..40]),
            ("lead", leadId), ("user", userId), ("due", dueOn), ("days", daysOverdue), ("digest", digestId), ("state", state.ToString()),
            ("via", deliveredVia), ("failure", lastFailure));
        return id;
    }

    /// <summary>An in-app notification for a user or a lead, showing <paramref name="digestId"/> when given.</summary>
    public static async Task<Guid> NotificationAsync(string connectionString, Guid? userId, Guid? leadId, Guid? digestId = null, string subject = "Reminder", DateTimeOffset? readAt = null)
    {
        var id = NextId();
        await TestRows.ExecuteAsync(
            connectionString,
            "INSERT INTO notifications (id, user_id, lead_id, digest_id, subject, body, created_at, read_at) VALUES (@id, @user, @lead, @digest, @subject, @body, now(), @read)",
            ("id", id), ("user", userId), ("lead", leadId), ("digest", digestId), ("subject", subject), ("body", $"{subject}: body"), ("read", readAt));
        return id;
    }
}
