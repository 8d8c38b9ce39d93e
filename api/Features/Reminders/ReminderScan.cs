using System.Diagnostics;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Accounts;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// The daily reminder scan (the <c>reminder-scan</c> recurring job, and <c>POST /api/v1/reminders/scan</c>): records the
/// reminders due today in London, gathers the new ones into one digest per recipient and writes the delivery outbox, all
/// in one transaction, in one set-based statement (<see cref="ReminderScanSql.RecordReminders"/>); then hands the new digests to
/// <see cref="DigestDispatch"/>.
/// </summary>
/// <remarks>
/// Safe to run again, retried or at the same moment on several instances: a transaction-level advisory lock makes
/// concurrent scans run one after the other, and every reminder is unique per action, kind, cycle and recipient, so the
/// second finds nothing new and creates no digest. A scan that dies before its commit leaves nothing behind; one that
/// dies after it leaves Pending outbox rows, which the dispatch picks up again. The work done in C# is a handful of
/// board-meeting dates per plan; nothing is loaded per action.
/// </remarks>
public sealed class ReminderScan(TrackerDbContext db, LondonClock clock, TimeProvider time, DigestDispatch dispatch, ILogger<ReminderScan> logger)
{
    private static readonly Guid ManagerRole = IdentityTablesConfiguration.RoleId(Role.ProgrammeManager);

    public async Task<ScanResult> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var today = clock.Today;
        var now = time.GetUtcNow();
        var byKind = new Dictionary<ReminderKind, int>();
        List<Guid> digestIds;
        int unreceived;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var sql = new Sql(connection, (NpgsqlTransaction)transaction.GetDbTransaction(), today, now);
            await sql.ExecuteAsync(ReminderScanSql.TakeLock, cancellationToken);
            var (planIds, meetingDates) = await RequestWindowsOpenTodayAsync(sql, today, cancellationToken);
            (digestIds, unreceived) = await sql.RecordAsync(
                byKind, cancellationToken,
                ("manager_role", ManagerRole), ("plan_ids", planIds), ("meeting_dates", meetingDates));
            await transaction.CommitAsync(cancellationToken);
        }

        var result = new ScanResult(today, byKind, digestIds);
        logger.LogInformation(
            "Reminder scan for {ScanDate}: {Reminders} reminders ({DueSoon} due soon, {Overdue} overdue, {Escalation} escalations, {BoardUpdateRequest} board update requests, {Unassigned} unassigned), {Digests} digests in {ElapsedMs:0} ms",
            today, result.Reminders, result.Recorded(ReminderKind.DueSoon), result.Recorded(ReminderKind.Overdue),
            result.Recorded(ReminderKind.Escalation), result.Recorded(ReminderKind.BoardUpdateRequest), result.Recorded(ReminderKind.Unassigned),
            digestIds.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        if (unreceived > 0)
        {
            // Escalations and unassigned actions go to the enabled users holding the ProgrammeManager role in this
            // database; a manager known only by a single sign-on role claim has no such row and is not counted.
            logger.LogWarning(
                "Reminder scan for {ScanDate}: {Unreceived} escalations or unassigned actions are due to programme managers, but no enabled user holds the ProgrammeManager role (managers who have the role only through single sign-on role claims have no user_roles rows and are not reminded); nobody was told of them",
                today, unreceived);
        }

        // After the commit: a delivery job must never see a digest that could still roll back. A crash here leaves the
        // outbox rows Pending, and the next dispatch enqueues them.
        if (digestIds.Count > 0)
        {
            await dispatch.EnqueueAsync(digestIds, cancellationToken);
        }

        return result;
    }

    /// <summary>The meetings whose update-request window (from the request day to the day before the meeting) holds today.</summary>
    private static async Task<(Guid[] PlanIds, DateOnly[] MeetingDates)> RequestWindowsOpenTodayAsync(Sql sql, DateOnly today, CancellationToken cancellationToken)
    {
        var planIds = new List<Guid>();
        var meetingDates = new List<DateOnly>();
        await using var command = sql.Command(ReminderScanSql.UpcomingMeetings);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var meeting = reader.GetFieldValue<DateOnly>(1);
            if (WorkingDays.Before(meeting, reader.GetInt32(2)) <= today)
            {
                planIds.Add(reader.GetGuid(0));
                meetingDates.Add(meeting);
            }
        }

        return ([.. planIds], [.. meetingDates]);
    }

    /// <summary>Commands on the scan's connection and transaction, with <c>@today</c> and <c>@now</c> bound.</summary>
    private sealed class Sql(NpgsqlConnection connection, NpgsqlTransaction transaction, DateOnly today, DateTimeOffset now)
    {
        public NpgsqlCommand Command(string text, params (string Name, object Value)[] parameters)
        {
            // No timeout: the scan is a background job whose statements grow with the estate (seconds at 200,000 actions).
            var command = new NpgsqlCommand(text, connection, transaction) { CommandTimeout = 0 };
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("today", NpgsqlDbType.Date) { TypedValue = today });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = now });
            foreach (var (name, value) in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter(name, value));
            }

            return command;
        }

        public async Task ExecuteAsync(string text, CancellationToken cancellationToken)
        {
            await using var command = Command(text);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        /// <summary>
        /// Runs <see cref="ReminderScanSql.RecordReminders"/>: adds the counts by kind, returns the new digests' ids and how
        /// many reminders for programme managers found no manager to go to.
        /// </summary>
        public async Task<(List<Guid> DigestIds, int Unreceived)> RecordAsync(
            Dictionary<ReminderKind, int> byKind, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
        {
            await using var command = Command(ReminderScanSql.RecordReminders, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var digestIds = new List<Guid>();
            var unreceived = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.IsDBNull(0) && reader.IsDBNull(1))
                {
                    unreceived = reader.GetInt32(2);
                }
                else if (reader.IsDBNull(0))
                {
                    digestIds.Add(reader.GetGuid(1));
                }
                else
                {
                    byKind[Enum.Parse<ReminderKind>(reader.GetString(0))] = reader.GetInt32(2);
                }
            }

            return (digestIds, unreceived);
        }
    }
}
