using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeliveryTracker.Api.Features.Reminders;
using DeliveryTracker.Api.Jobs;
using DeliveryTracker.Contracts.Reminders;
using DeliveryTracker.Tests.Infrastructure;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeliveryTracker.Tests.Jobs;

/// <summary>
/// The reminder scan and digest delivery across real processes, which in-process tests cannot show: the built API as
/// child processes with Hangfire servers, on a PostgreSQL cluster of this fixture's own (restarted by one test) and the
/// fixture's own smtp4dev (stopped by another). "Today" is the real date in London, so every open action of the demo
/// plan (2019–2022) is long overdue. Each test scans a fresh copy of one prepared database (migrated, the demo plan, the
/// demo users), and compares what was recorded with a control: the same scan run once, undisturbed, in process on the
/// prepared database itself. Assertions are on the database and on smtp4dev, never on timings; waits only bound a hang.
/// </summary>
public sealed class ReminderProcessFaultTests
{
    private const string Prepared = "tracker";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string _demoPassword = $"faults-{Guid.NewGuid():N}";
    private PrivatePostgres _postgres = null!;
    private TestSmtp _smtp = null!;
    private string _logFolder = "";
    private bool _keepLogs;
    private IReadOnlyList<string> _controlReminders = [];
    private IReadOnlyList<string> _controlDigests = [];

    [OneTimeSetUp]
    public async Task StartClusterAndControlAsync()
    {
        _postgres = PrivatePostgres.Start();
        _logFolder = Path.Combine(_postgres.RunFolder, "logs");
        Directory.CreateDirectory(_logFolder);
        var smtp = TestSmtp.StartNewAsync();
        await TestPostgres.PrepareAsync(_postgres.ConnectionStringFor(Prepared));

        // The demo users (as a Development start would make them), in the prepared database, so every copy has the same
        // users with the same ids and the child processes find them there.
        var settings = new Dictionary<string, string?> { ["Accounts:DemoUsers"] = "true", ["DEMO_PASSWORD"] = _demoPassword };
        await using (var seeding = new TrackerApiFactory(_postgres.ConnectionStringFor(Prepared), settings))
        {
            _ = seeding.Services;
        }

        foreach (var test in new[] { "concurrent", "restart", "killed_scan", "killed_delivery" })
        {
            await _postgres.CreateDatabaseAsync(test, Prepared);
        }

        // The control: the scan once, on its own, on the prepared database (its copies are made, so it may change now).
        await using (var control = new TrackerApiFactory(_postgres.ConnectionStringFor(Prepared), settings))
        {
            await using var scope = control.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReminderScan>().RunAsync(CancellationToken.None);
        }

        _controlReminders = await ReminderKeysAsync(Prepared);
        _controlDigests = await DigestKeysAsync(Prepared);
        _smtp = await smtp;
        _postgres.RecordChild(_smtp.ProcessId!.Value);
        Assert.That(_controlReminders, Has.Count.GreaterThan(10), "the demo plan gives the scan plenty to remind about");
    }

    [TearDown]
    public void KeepLogsOfFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status != NUnit.Framework.Interfaces.TestStatus.Passed)
        {
            _keepLogs = true;
        }
    }

    [OneTimeTearDown]
    public async Task StopClusterAsync()
    {
        if (_keepLogs && Directory.Exists(_logFolder))
        {
            // The run folder goes with the cluster: the API processes' logs of a failed run are kept outside it.
            var kept = Path.Combine(Path.GetTempPath(), "delivery-tracker-fault-logs", Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(kept);
            foreach (var log in Directory.GetFiles(_logFolder))
            {
                File.Copy(log, Path.Combine(kept, Path.GetFileName(log)), overwrite: true);
            }

            await TestContext.Out.WriteLineAsync($"API process logs: {kept}");
        }

        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        _postgres?.Dispose();
    }

    [Test]
    public async Task TwoProcessesScanAtOnce_EachReminderAndDigestOnce_EachDeliveredOnce()
    {
        const string database = "concurrent";
        await ClearInboxAsync();
        await using var first = await StartApiAsync(database, "concurrent-1", withSmtp: true);
        await using var second = await StartApiAsync(database, "concurrent-2", withSmtp: true);

        var scans = await Task.WhenAll(ScanAsync(first), ScanAsync(second));
        foreach (var scan in scans)
        {
            Assert.That(scan.StatusCode, Is.EqualTo(HttpStatusCode.OK), await scan.Content.ReadAsStringAsync());
        }

        var results = await Task.WhenAll(scans.Select(s => s.Content.ReadFromJsonAsync<ReminderScanResultDto>(Json)));
        Assert.That(results.Select(r => r!.Reminders).Order(), Is.EqualTo(new[] { 0, _controlReminders.Count }), "one scan recorded everything, the other nothing");
        Assert.That(results.Select(r => r!.Digests).Order(), Is.EqualTo(new[] { 0, _controlDigests.Count }));
        await AssertRecordedOnceAsync(database);

        await WaitForDeliveriesAsync(database);
        await AssertEachDigestDeliveredOnceAsync(database);
    }

    [Test]
    public async Task DatabaseRestartedDuringScan_NothingWritten_ApiRecovers_NextScanRecordsTheControl()
    {
        const string database = "restart";
        await using var api = await StartApiAsync(database, "restart", withSmtp: false);
        Task<HttpResponseMessage> interrupted;
        await using (var lockHolder = await HoldScanLockAsync(database))
        {
            interrupted = ScanAsync(api);
            await WaitForScanWaitingOnLockAsync(database);

            // Every session ends, the lock holder's and the waiting scan's among them.
            _postgres.Restart();
        }

        using (var response = await interrupted)
        {
            Assert.That(response.IsSuccessStatusCode, Is.False, "the scan whose connection was cut failed");
        }

        NpgsqlConnection.ClearAllPools();
        Assert.That(await CountAsync(database, "SELECT count(*) FROM reminders"), Is.Zero, "the interrupted scan wrote no reminder");
        Assert.That(await CountAsync(database, "SELECT count(*) FROM reminder_digests"), Is.Zero, "nor a digest");

        // The same process, not restarted: its pool holds broken connections until they fail once, so the first requests
        // may fail; the API must answer again by itself.
        ReminderScanResultDto? next = null;
        await Eventually.WaitUntilAsync(
            async () =>
            {
                using var response = await ScanAsync(api);
                next = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<ReminderScanResultDto>(Json) : null;
                return next is not null;
            },
            "a scan to succeed after the database restart");

        Assert.That(next!.Reminders, Is.EqualTo(_controlReminders.Count));
        Assert.That(next.Digests, Is.EqualTo(_controlDigests.Count));
        await AssertRecordedOnceAsync(database);

        // The Hangfire server came back too: it works the deliveries the scan enqueued (in-app; email is not set up here).
        await WaitForDeliveriesAsync(database);
        Assert.That(
            await CountAsync(database, "SELECT count(*) FROM notifications"),
            Is.EqualTo(await CountAsync(database, "SELECT count(*) FROM digest_deliveries WHERE channel = 'InApp' AND state IN ('Sent', 'Skipped')")).And.GreaterThan(0));
    }

    [Test]
    public async Task ProcessKilledDuringScanJob_NextProcessScansOnce_AndTheRecurringJobRunsAgain()
    {
        const string database = "killed_scan";
        var storage = HangfireStorage(database);
        var recurring = new RecurringJobManager(storage);
        var monitoring = storage.GetMonitoringApi();
        await using (var victim = await StartApiAsync(database, "killed-scan-a", withSmtp: false))
        {
            await using var lockHolder = await HoldScanLockAsync(database);
            var killedJob = recurring.TriggerJob(RecurringJobs.ReminderScan);
            await WaitForScanWaitingOnLockAsync(database);
            Assert.That(monitoring.JobDetails(killedJob).History[0].StateName, Is.EqualTo("Processing"), "the scan runs as a Hangfire job in the process about to be killed");
            await victim.KillAsync();
        }

        // The killed process's session was waiting for the lock: once the test lets go, it takes it, finds its client
        // gone and ends, rolling back. Nothing may hold the scan's lock after that.
        await Eventually.WaitUntilAsync(async () => await ScanLocksAsync(database) == 0, "the killed scan's session to let go of the scan lock");

        await using var survivor = await StartApiAsync(database, "killed-scan-b", withSmtp: false);
        using (var response = await ScanAsync(survivor))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            var result = await response.Content.ReadFromJsonAsync<ReminderScanResultDto>(Json);
            Assert.That(result!.Reminders, Is.EqualTo(_controlReminders.Count), "the killed scan recorded nothing; this one everything");
        }

        await AssertRecordedOnceAsync(database);

        // The recurring job is not held by the killed run (no Hangfire lock left behind): its next run succeeds, in the
        // surviving process, and records nothing more.
        var nextJob = recurring.TriggerJob(RecurringJobs.ReminderScan);
        await Eventually.WaitUntilAsync(
            () => Task.FromResult(monitoring.JobDetails(nextJob).History is [{ StateName: "Succeeded" or "Failed" }, ..]),
            "the next run of the reminder-scan job");
        Assert.That(monitoring.JobDetails(nextJob).History[0].StateName, Is.EqualTo("Succeeded"));
        await AssertRecordedOnceAsync(database);
        Assert.That(await ScanLocksAsync(database), Is.Zero, "no scan lock held");
    }

    [Test]
    public async Task ProcessKilledWhileDeliveriesFail_NextProcessDeliversEveryDigestOnce()
    {
        const string database = "killed_delivery";
        // Stopped, it refuses mail (and forgets what it held): started again below, its inbox holds only this test's mail.
        await _smtp.StopAsync();
        await using (var victim = await StartApiAsync(database, "killed-delivery-a", withSmtp: true))
        {
            using (var response = await ScanAsync(victim))
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            }

            // In flight: emails have failed against the stopped mail server and wait for their retries.
            await Eventually.WaitUntilAsync(
                async () => await CountAsync(database, "SELECT count(*) FROM digest_deliveries WHERE channel = 'Email' AND attempts > 0") > 0,
                "an email delivery to fail against the stopped mail server");
            await victim.KillAsync();
        }

        Assert.That(
            await CountAsync(database, "SELECT count(*) FROM digest_deliveries WHERE channel = 'Email' AND state = 'Pending'"), Is.GreaterThan(0),
            "emails were still undelivered when the process was killed");
        await StartSmtpAsync();
        await using var survivor = await StartApiAsync(database, "killed-delivery-b", withSmtp: true);
        await WaitForDeliveriesAsync(database);
        await AssertRecordedOnceAsync(database);
        await AssertEachDigestDeliveredOnceAsync(database);
    }

    private async Task<ApiChild> StartApiAsync(string database, string name, bool withSmtp)
    {
        var settings = new Dictionary<string, string>
        {
            ["Jobs__RunServer"] = "true",
            ["Jobs__PollInterval"] = "00:00:00.500",
            // Enough retries that a delivery outlives the killed process's failures; short, so the test does not wait.
            ["Jobs__DeliverySweepAfter"] = "00:00:05",
            ["Jobs__DeliverySweepCron"] = "*/5 * * * * *",
            ["RateLimits__SignInPerMinute"] = "10000",
        };
        for (var retry = 0; retry < 10; retry++)
        {
            settings[$"Jobs__DeliveryRetryDelaysSeconds__{retry}"] = "2";
        }

        if (withSmtp)
        {
            foreach (var (key, value) in _smtp.ApiSettings)
            {
                settings[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
            }
        }

        return await ApiChild.StartAsync(
            _postgres.ConnectionStringFor(database), _demoPassword, settings, Path.Combine(_logFolder, name + ".log"), _postgres.RecordChild);
    }

    private static async Task<HttpResponseMessage> ScanAsync(ApiChild api)
    {
        try
        {
            return await api.Client.PostAsync(new Uri("/api/v1/reminders/scan", UriKind.Relative), null);
        }
        catch (HttpRequestException ex)
        {
            // The connection itself failed: as good as a 503 for the retry loop.
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent(ex.Message) };
        }
    }

    private async Task ClearInboxAsync()
    {
        // smtp4dev keeps messages in memory: a restart on the same ports empties it (and starts it if a test left it stopped).
        await _smtp.StopAsync();
        await StartSmtpAsync();
    }

    private async Task StartSmtpAsync()
    {
        await _smtp.StartAsync();
        _postgres.RecordChild(_smtp.ProcessId!.Value);
    }

    /// <summary>
    /// Holds the scan's advisory lock on a session of its own (no pooling: closing the connection ends the session, and
    /// with it the lock), so a scan started now waits inside its transaction until the session ends.
    /// </summary>
    private async Task<NpgsqlConnection> HoldScanLockAsync(string database)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_postgres.ConnectionStringFor(database)) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(FormattableString.Invariant($"SELECT pg_advisory_lock({ReminderScanSql.LockKey})"), connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task WaitForScanWaitingOnLockAsync(string database) =>
        await Eventually.WaitUntilAsync(
            async () => await CountAsync(database, ScanLockSql + " AND NOT granted") > 0,
            "the scan to wait for its lock");

    private async Task<int> ScanLocksAsync(string database) => await CountAsync(database, ScanLockSql);

    /// <summary>The scan's advisory lock in <c>pg_locks</c> (a bigint key is split into classid, the high half, and objid).</summary>
    private static string ScanLockSql => FormattableString.Invariant($"""
        SELECT count(*) FROM pg_locks
        WHERE locktype = 'advisory' AND objsubid = 1 AND (classid::bigint << 32 | objid::bigint) = {ReminderScanSql.LockKey}
        """);

    private async Task WaitForDeliveriesAsync(string database) =>
        await Eventually.WaitUntilAsync(
            async () => await CountAsync(database, "SELECT count(*) FROM digest_deliveries WHERE state = 'Pending'") == 0,
            "every delivery to be worked");

    /// <summary>Exactly the control's reminders (one per action, kind, cycle and recipient) and digests (one per recipient).</summary>
    private async Task AssertRecordedOnceAsync(string database)
    {
        var reminders = await ReminderKeysAsync(database);
        Assert.That(reminders, Is.EqualTo(_controlReminders), "the reminders the control scan records, each once");
        Assert.That(reminders, Is.Unique);
        var digests = await DigestKeysAsync(database);
        Assert.That(digests, Is.EqualTo(_controlDigests), "one digest per recipient, as the control");
        Assert.That(digests, Is.Unique);
    }

    /// <summary>
    /// One in-app notification per digest; every email delivery either sent or skipped with a reason (none failed), and
    /// smtp4dev holds exactly one message per sent delivery's address.
    /// </summary>
    private async Task AssertEachDigestDeliveredOnceAsync(string database)
    {
        var digests = await CountAsync(database, "SELECT count(*) FROM reminder_digests");
        // In-app is Sent to everyone with an account; for a lead with none it is written but Skipped (nobody can read it).
        Assert.That(
            await CountAsync(database, "SELECT count(*) FROM digest_deliveries AS d JOIN reminder_digests AS g ON g.id = d.digest_id WHERE d.channel = 'InApp' AND d.state = 'Sent' AND g.user_id IS NOT NULL"),
            Is.EqualTo(await CountAsync(database, "SELECT count(*) FROM reminder_digests WHERE user_id IS NOT NULL")).And.GreaterThan(0));
        Assert.That(
            await CountAsync(database, "SELECT count(*) FROM digest_deliveries AS d JOIN reminder_digests AS g ON g.id = d.digest_id WHERE d.channel = 'InApp' AND d.state = 'Skipped' AND g.user_id IS NULL"),
            Is.EqualTo(await CountAsync(database, "SELECT count(*) FROM reminder_digests WHERE user_id IS NULL")));
        Assert.That(await CountAsync(database, "SELECT count(DISTINCT digest_id) FROM notifications"), Is.EqualTo(digests));
        Assert.That(await CountAsync(database, "SELECT count(*) FROM notifications"), Is.EqualTo(digests), "one notification per digest");
        Assert.That(await CountAsync(database, "SELECT count(*) FROM digest_deliveries WHERE channel = 'Email' AND state NOT IN ('Sent', 'Skipped')"), Is.Zero);

        var addresses = (await TestRows.QueryAsync(
            _postgres.ConnectionStringFor(database),
            """
            SELECT coalesce(u.email, l.email)
            FROM digest_deliveries AS dd
            JOIN reminder_digests AS d ON d.id = dd.digest_id
            LEFT JOIN leads AS l ON l.id = d.lead_id
            LEFT JOIN users AS u ON u.id = coalesce(d.user_id, l.user_id)
            WHERE dd.channel = 'Email' AND dd.state = 'Sent'
            """)).Select(row => (string)row[0]!).ToList();
        Assert.That(addresses, Is.Not.Empty, "some digests went by email");
        Assert.That(await _smtp.CountAsync(), Is.EqualTo(addresses.Count), "one email per sent delivery, no more");
        foreach (var address in addresses.Distinct())
        {
            Assert.That(await _smtp.MessagesToAsync(address), Has.Count.EqualTo(addresses.Count(a => a == address)), address);
        }
    }

    private async Task<IReadOnlyList<string>> ReminderKeysAsync(string database) =>
        await KeysAsync(database, "SELECT concat_ws('|', action_id, kind, cycle, lead_id, user_id) AS key FROM reminders ORDER BY key");

    private async Task<IReadOnlyList<string>> DigestKeysAsync(string database) =>
        await KeysAsync(database, "SELECT concat_ws('|', lead_id, user_id) AS key FROM reminder_digests ORDER BY key");

    private async Task<IReadOnlyList<string>> KeysAsync(string database, string sql) =>
        (await TestRows.QueryAsync(_postgres.ConnectionStringFor(database), sql)).Select(row => (string)row[0]!).ToList();

    private async Task<int> CountAsync(string database, string sql) =>
        Convert.ToInt32((await TestRows.QueryAsync(_postgres.ConnectionStringFor(database), sql))[0][0], CultureInfo.InvariantCulture);

    /// <summary>The Hangfire storage of a test's database, as the API configures it, to trigger and watch the recurring job.</summary>
    private PostgreSqlStorage HangfireStorage(string database) =>
        new(
            new NpgsqlConnectionFactory(_postgres.ConnectionStringFor(database), new PostgreSqlStorageOptions()),
            new PostgreSqlStorageOptions { SchemaName = JobsSetup.Schema, PrepareSchemaIfNecessary = false });
}
