using System.Diagnostics;
using System.Globalization;
using System.Text;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Features.Reminders;
using DeliveryTracker.Api.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DeliveryTracker.Perf;

/// <summary>
/// The reminder scan at scale (<c>-- reminder-scan</c>): the synthetic estate (<see cref="SyntheticPlan"/>) shaped so that
/// exactly <c>--overdue</c> actions are overdue today, then, in one run and in alternating rounds on emptied reminder
/// tables, the API's <see cref="ReminderScan"/> (in this process, through DI, as the job runs it) against the bare
/// <see cref="ReminderScanSql.InsertReminders"/> statement (the same candidates, no digests) sent directly with Npgsql. Reports time, this process's
/// resident set (the process doing the scan) and database commits per reminder.
/// </summary>
/// <remarks>
/// Commits are <c>pg_stat_database.xact_commit</c> of the benchmark database before and after each run, read from a
/// separate connection after PostgreSQL has flushed its statistics (backends report at most once a second), less the
/// reader's own transaction. Autovacuum's transactions would show up too; with the tables just emptied it rarely runs.
/// </remarks>
public static class ReminderScanBenchmark
{
    private const string DatabaseName = "delivery_tracker_scan_perf";
    private const double GoalRatio = 1.5;
    private const double GoalCommitsPerReminder = 0.01;

    public const string Usage = """
        Benchmark of the reminder scan against the bare INSERT … SELECT … ON CONFLICT DO NOTHING statement.
        Usage: dotnet run -c Release --project tests/perf/DeliveryTracker.Perf -- reminder-scan [options]
          --actions N          actions to generate (default 200000)
          --overdue N          actions overdue today after shaping (default 20000)
          --rounds N           measured rounds of each, alternating (default 3; one unmeasured warm-up round first)
          --keep-data DIR      keep the PostgreSQL cluster in DIR and reuse a loaded cluster next time
          --seed N             generator seed (default 2026)
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var (actions, overdue, rounds, keepData, seed) = (200_000, 20_000, 3, (string?)null, 2026);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} needs a positive whole number.");
            switch (name)
            {
                case "--actions": actions = Number(); break;
                case "--overdue": overdue = Number(); break;
                case "--rounds": rounds = Number(); break;
                case "--keep-data": keepData = Path.GetFullPath(Value()); break;
                case "--seed": seed = Number(); break;
                case "--help" or "-h": Console.WriteLine(Usage); return 0;
                default: throw new ArgumentException($"Unknown option {name}.");
            }
        }

        var loadAtStart = LoadAverage();
        var folder = keepData ?? Directory.CreateTempSubdirectory("delivery-tracker-scan-perf-").FullName;
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        EmbeddedPostgres? postgres = null;
        NpgsqlDataSource? database = null;
        try
        {
            postgres = EmbeddedPostgres.Start(
                new EmbeddedPostgresOptions { DataDirectory = Path.Combine(folder, "postgres"), Database = DatabaseName, Ephemeral = true },
                message => Console.WriteLine($"  {message}"));
            database = NpgsqlDataSource.Create(postgres.ConnectionString);
            await using (var db = NewContext(postgres.ConnectionString))
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            var existing = await SyntheticPlan.CountActionsAsync(database, cancellationToken);
            if (existing != actions)
            {
                if (existing > 0)
                {
                    throw new InvalidOperationException($"The kept database holds {existing:N0} actions, not {actions:N0}.");
                }

                Console.WriteLine($"Loading {actions:N0} actions (seed {seed})");
                await SyntheticPlan.LoadAsync(database, actions, seed, cancellationToken);
            }

            var today = new LondonClock(TimeProvider.System).Today;
            var shape = await ShapeAsync(database, today, overdue, cancellationToken);
            Console.WriteLine(shape);
            // The bare statement gets the app's session settings (TrackerDatabase turns JIT off): with JIT on it spends
            // seconds compiling, which would flatter the scan.
            await using var bareDatabase = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Options = "-c jit=off" }.ConnectionString);

            await using var services = Services(postgres.ConnectionString);
            var bare = new List<RunResult>();
            var scans = new List<RunResult>();
            for (var round = 0; round <= rounds; round++)
            {
                var b = await MeasureAsync(database, () => BareAsync(bareDatabase, today, cancellationToken), cancellationToken);
                var s = await MeasureAsync(database, () => ScanAsync(services, cancellationToken), cancellationToken);
                Console.WriteLine(FormattableString.Invariant(
                    $"{(round == 0 ? "Warm-up" : $"Round {round}")}: bare {b.Elapsed.TotalMilliseconds:N0} ms ({b.Reminders:N0} reminders, {b.Commits} commits), scan {s.Elapsed.TotalMilliseconds:N0} ms ({s.Reminders:N0} reminders, {s.Digests:N0} digests, {s.Commits} commits), peak RSS {Mib(s.PeakRss):N0} MiB"));
                if (round > 0)
                {
                    bare.Add(b);
                    scans.Add(s);
                }
            }

            // The scan run again on a full table: what a retry or a second instance costs.
            var rerun = await MeasureAsync(database, () => ScanAsync(services, cancellationToken), cancellationToken, empty: false);
            var report = Report(await DescribeMachineAsync(database, cancellationToken), loadAtStart, shape, bare, scans, rerun, actions);
            Console.WriteLine();
            Console.WriteLine(report.Text);
            return report.MeetsGoals ? 0 : 1;
        }
        finally
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }

            postgres?.Dispose();
            if (keepData is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static TrackerDbContext NewContext(string connectionString) =>
        new(TrackerDatabase.Configure(new DbContextOptionsBuilder<TrackerDbContext>(), connectionString).Options);

    private static ServiceProvider Services(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddDbContext<TrackerDbContext>(options => TrackerDatabase.Configure((DbContextOptionsBuilder<TrackerDbContext>)options, connectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LondonClock>();
        services.AddScoped<DigestDispatch>();
        services.AddScoped<ReminderScan>();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Every plan active and unpaused, two programme managers (escalations), no board meetings (the bare statement has
    /// no board part), and exactly <paramref name="overdue"/> actions overdue today: the surplus is marked completed.
    /// </summary>
    private static async Task<string> ShapeAsync(NpgsqlDataSource database, DateOnly today, int overdue, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await Execute(connection, """
            UPDATE plans SET status = 'Active', settings_reminders_paused = false;
            DELETE FROM board_meetings;
            INSERT INTO users (id, display_name, disabled, created_at, user_name, normalized_user_name, email, normalized_email,
                               email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count, email_reminders)
            SELECT md5('pm-' || n)::uuid, 'Programme manager ' || n, false, now(), 'pm' || n || '@example.gov.uk', upper('pm' || n || '@example.gov.uk'),
                   'pm' || n || '@example.gov.uk', upper('pm' || n || '@example.gov.uk'), true, false, false, true, 0, true
            FROM generate_series(1, 2) AS n
            ON CONFLICT DO NOTHING;
            INSERT INTO user_roles (user_id, role_id)
            SELECT md5('pm-' || n)::uuid, '00000000-0000-7000-8000-000000000002' FROM generate_series(1, 2) AS n
            ON CONFLICT DO NOTHING;
            """, today, cancellationToken);
        await Execute(connection, """
            UPDATE actions SET status = 'Completed', percent_complete = 100
            WHERE id IN (SELECT action_id FROM action_ratings(@today) WHERE is_overdue ORDER BY action_id OFFSET @overdue)
            """, today, cancellationToken, overdue);
        await Execute(connection, "VACUUM ANALYZE actions", today, cancellationToken);
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE is_overdue), count(*) FILTER (WHERE is_due_soon), count(*) FROM action_ratings(@today)", connection);
        count.Parameters.AddWithValue("today", today);
        await using var reader = await count.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (isOverdue, isDueSoon, all) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        if (isOverdue != overdue)
        {
            throw new InvalidOperationException($"Only {isOverdue:N0} actions are overdue on {today:yyyy-MM-dd}; ask for fewer (--overdue).");
        }

        return FormattableString.Invariant($"Shaped for {today:yyyy-MM-dd}: {all:N0} actions, {isOverdue:N0} overdue, {isDueSoon:N0} due soon (RAG window), 40 active plans, 2 programme managers");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, DateOnly today, CancellationToken cancellationToken, int? overdue = null)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("today", today);
        if (overdue is { } n)
        {
            command.Parameters.AddWithValue("overdue", n);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The bare statement, sent on its own (autocommit), with the same parameters the scan binds.</summary>
    private static async Task<(int Reminders, int Digests)> BareAsync(NpgsqlDataSource database, DateOnly today, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(ReminderScanSql.InsertReminders);
        command.CommandTimeout = 0;
        command.Parameters.AddWithValue("today", today);
        command.Parameters.AddWithValue("now", DateTimeOffset.UtcNow);
        command.Parameters.AddWithValue("manager_role", new Guid("00000000-0000-7000-8000-000000000002"));
        command.Parameters.AddWithValue("plan_ids", Array.Empty<Guid>());
        command.Parameters.AddWithValue("meeting_dates", Array.Empty<DateOnly>());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var reminders = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            reminders += reader.GetInt32(1);
        }

        return (reminders, 0);
    }

    private static async Task<(int Reminders, int Digests)> ScanAsync(ServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ReminderScan>().RunAsync(cancellationToken);
        return (result.Reminders, result.DigestIds.Count);
    }

    private static async Task<RunResult> MeasureAsync(
        NpgsqlDataSource database, Func<Task<(int Reminders, int Digests)>> run, CancellationToken cancellationToken, bool empty = true)
    {
        if (empty)
        {
            await using var truncate = database.CreateCommand("TRUNCATE reminders, reminder_digests, digest_deliveries CASCADE; ANALYZE reminders");
            await truncate.ExecuteNonQueryAsync(cancellationToken);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var commitsBefore = await CommitsAsync(database, cancellationToken);
        var rssBefore = ResidentBytes();
        await using var sampler = new RssSampler(ResidentBytes);
        var started = Stopwatch.GetTimestamp();
        var (reminders, digests) = await run();
        var elapsed = Stopwatch.GetElapsedTime(started);
        var peak = Math.Max(sampler.Peak, ResidentBytes());
        // The reader's own read before the run commits too, after taking its figure: 1 to take off.
        var commits = await CommitsAsync(database, cancellationToken) - commitsBefore - 1;
        return new RunResult(elapsed, reminders, digests, commits, rssBefore, peak);
    }

    /// <summary>Committed transactions of the benchmark database, once the statistics of every backend are flushed.</summary>
    private static async Task<long> CommitsAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(1.5), cancellationToken);
        await using var command = database.CreateCommand($"SELECT pg_stat_clear_snapshot(); SELECT xact_commit FROM pg_stat_database WHERE datname = '{DatabaseName}'");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetInt64(0);
    }

    private static long ResidentBytes() =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    private static double Mib(long bytes) => bytes / 1024.0 / 1024.0;

    private static (string Text, bool MeetsGoals) Report(
        string machine, string loadAtStart, string shape, List<RunResult> bare, List<RunResult> scans, RunResult rerun, int actions)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var bareMs = Median(bare.Select(r => r.Elapsed.TotalMilliseconds));
        var scanMs = Median(scans.Select(r => r.Elapsed.TotalMilliseconds));
        var ratio = scanMs / bareMs;
        var commitsPerReminder = scans.Max(r => (double)r.Commits / Math.Max(1, r.Reminders));
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        Line($"Machine: {machine}");
        Line($"Load average (1 / 5 / 15 min): {loadAtStart} at start, {LoadAverage()} at the end");
        Line($"{shape}; {actions:N0} actions generated");
        Line($"");
        Line($"| run | median ms | runs (ms) | reminders | digests | commits | commits per reminder | RSS before → peak (MiB) |");
        Line($"| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |");
        Line($"| bare INSERT … SELECT … ON CONFLICT DO NOTHING (Npgsql, autocommit, JIT off as the app) | {bareMs:N0} | {string.Join(", ", bare.Select(r => r.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)))} | {bare[0].Reminders:N0} | – | {bare.Max(r => r.Commits)} | {bare.Max(r => (double)r.Commits / Math.Max(1, r.Reminders)):0.00000} | {Mib(bare.Max(r => r.RssBefore)):N0} → {Mib(bare.Max(r => r.PeakRss)):N0} |");
        Line($"| scan (ReminderScan: lock, reminders, digests, outbox, one transaction) | {scanMs:N0} | {string.Join(", ", scans.Select(r => r.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)))} | {scans[0].Reminders:N0} | {scans[0].Digests:N0} | {scans.Max(r => r.Commits)} | {commitsPerReminder:0.00000} | {Mib(scans.Max(r => r.RssBefore)):N0} → {Mib(scans.Max(r => r.PeakRss)):N0} |");
        Line($"| scan again on the full tables (nothing new) | {rerun.Elapsed.TotalMilliseconds:N0} | | {rerun.Reminders:N0} | {rerun.Digests:N0} | {rerun.Commits} | | {Mib(rerun.RssBefore):N0} → {Mib(rerun.PeakRss):N0} |");
        Line($"");
        var meets = ratio <= GoalRatio && commitsPerReminder <= GoalCommitsPerReminder;
        Line($"Scan / bare: {ratio:0.00}× (goal ≤ {GoalRatio}×); commits per reminder {commitsPerReminder:0.00000} (goal ≤ {GoalCommitsPerReminder}); {(meets ? "goals met" : "GOALS NOT MET")}");
        return (text.ToString(), meets);
    }

    private static async Task<string> DescribeMachineAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SHOW server_version");
        var version = await command.ExecuteScalarAsync(cancellationToken);
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return FormattableString.Invariant(
            $"{Environment.ProcessorCount} cores, {long.Parse(memory, CultureInfo.InvariantCulture) / 1024.0 / 1024.0:0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, PostgreSQL {version}");
    }

    private static string LoadAverage() => string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private sealed record RunResult(TimeSpan Elapsed, int Reminders, int Digests, long Commits, long RssBefore, long PeakRss);
}
