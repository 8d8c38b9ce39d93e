using System.Net;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using Npgsql;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// A scan whose database connection dies half-way (its process killed, or the database restarted): its transaction rolls
/// back with its advisory lock, so the next scan is not blocked, and records everything exactly once.
/// </summary>
public sealed class ReminderScanFailureTests : ReminderFixture
{
    [Test]
    public async Task ScanKilledMidTransaction_NextScanIsNotBlocked_AndRecordsEachReminderOnce()
    {
        var planId = (await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans")).Items.Single(p => p.Title == "Building Safer Communities – Delivery Plan").Id;

        // Hold the outbox table so the scan's statement waits, mid-transaction, holding the scan's advisory lock.
        await using var blocker = new NpgsqlConnection(ConnectionString);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("LOCK TABLE digest_deliveries IN ACCESS EXCLUSIVE MODE", blocker, transaction))
        {
            await hold.ExecuteNonQueryAsync();
        }

        Time.SetLondonDate(April1);
        var killed = Manager.PostAsync(new Uri("/api/v1/reminders/scan", UriKind.Relative), null);
        var terminated = await TerminateScanWaitingOnDigestsAsync(blocker, transaction);
        using var killedResponse = await killed;
        await transaction.RollbackAsync();
        var afterKill = await RemindersAsync(planId);
        var next = await ScanAsync(April1);
        var reminders = await RemindersAsync(planId);

        Assert.That(terminated, Is.True, "the scan was caught holding its lock and its connection terminated");
        Assert.That(killedResponse.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That(afterKill, Is.Empty, "the killed scan left no reminder");
        Assert.That(next.Reminders, Is.EqualTo(reminders.Count).And.GreaterThan(0));
        Assert.That(reminders.Select(r => r.DigestId), Is.All.Not.Null);
        Assert.That(reminders.Select(r => (r.ActionId, r.Kind, r.Cycle, r.LeadId, r.UserId)).Distinct().Count(), Is.EqualTo(reminders.Count));
    }

    /// <summary>
    /// Waits (up to a minute) for the scan's backend to queue behind the held table, holding the scan's advisory lock, then
    /// terminates it. Found by its locks: while a statement waits for a lock in parsing, pg_stat_activity still shows the
    /// connection's previous query.
    /// </summary>
    private static async Task<bool> TerminateScanWaitingOnDigestsAsync(NpgsqlConnection blocker, NpgsqlTransaction transaction)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!deadline.IsCancellationRequested)
        {
            await using var terminate = new NpgsqlCommand(
                """
                SELECT count(pg_terminate_backend(waiting.pid))
                FROM pg_locks AS waiting
                WHERE waiting.relation = 'digest_deliveries'::regclass AND NOT waiting.granted AND waiting.pid <> pg_backend_pid()
                  AND EXISTS (SELECT 1 FROM pg_locks AS held WHERE held.pid = waiting.pid AND held.locktype = 'advisory' AND held.granted)
                """, blocker, transaction);
            if ((long)(await terminate.ExecuteScalarAsync())! > 0)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }

        return false;
    }
}
