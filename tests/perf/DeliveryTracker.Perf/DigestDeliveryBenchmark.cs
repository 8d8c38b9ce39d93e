using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Reminders;
using DeliveryTracker.Api.Infrastructure.Database;
using DeliveryTracker.Api.Jobs;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeliveryTracker.Perf;

/// <summary>
/// <c>dotnet run -c Release --project tests/perf/DeliveryTracker.Perf -- digest-delivery [digests=1000]</c>: digest delivery
/// to a real mail server. A throwaway PostgreSQL with the synthetic plans (6,000 actions), N digests of up to 3 overdue
/// reminders each for N leads with no account (so each digest is one in-app notification and one email), written to the
/// outbox with SQL as the scan writes them; the API (Release, its own process, the production Hangfire server: 4 workers)
/// and smtp4dev. The clock runs from <see cref="DigestDispatch.EnqueueAsync"/> until no delivery is Pending; it prints
/// digests per second, the deliveries' end states and the emails smtp4dev received.
/// </summary>
public static class DigestDeliveryBenchmark
{
    public const string Command = "digest-delivery";

    private const string Seed = """
        UPDATE leads SET email = 'lead-' || id || '@perf.example', user_id = NULL;
        WITH picked AS (
            SELECT al.lead_id, al.action_id, a.plan_id, row_number() OVER (PARTITION BY al.lead_id ORDER BY al.action_id) AS n
            FROM action_leads AS al JOIN actions AS a ON a.id = al.action_id
            WHERE a.status NOT IN ('Completed', 'Cancelled')
        ),
        chosen AS (SELECT DISTINCT lead_id FROM picked ORDER BY lead_id LIMIT @digests),
        digests AS (
            INSERT INTO reminder_digests (id, lead_id, user_id, scan_date, created_at)
            SELECT gen_random_uuid(), lead_id, NULL, DATE '2024-10-01', now() FROM chosen
            RETURNING id, lead_id
        ),
        deliveries AS (
            INSERT INTO digest_deliveries (id, digest_id, channel, state, attempts, created_at)
            SELECT gen_random_uuid(), d.id, c.channel, 'Pending', 0, now()
            FROM digests AS d CROSS JOIN (VALUES ('InApp'), ('Email')) AS c(channel)
        )
        INSERT INTO reminders (id, plan_id, action_id, kind, cycle, lead_id, user_id, due_on, days_overdue, scan_date, created_at, state, delivered_via, digest_id)
        SELECT gen_random_uuid(), p.plan_id, p.action_id, 'Overdue', 'perf', p.lead_id, NULL, DATE '2024-09-01', 30, DATE '2024-10-01', now(), 'Pending', '{}', d.id
        FROM picked AS p JOIN digests AS d ON d.lead_id = p.lead_id
        WHERE p.n <= 3
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var digests = args is [var count, ..] ? int.Parse(count, CultureInfo.InvariantCulture) : 1000;
        var repo = PerfCommand.FindRepositoryRoot();
        var apiDll = Path.Combine(repo, "api", "bin", "Release", "net10.0", "DeliveryTracker.Api.dll");
        if (!File.Exists(apiDll))
        {
            throw new FileNotFoundException("Build the API first: dotnet build api -c Release -p:SkipContractGeneration=true", apiDll);
        }

        var folder = Directory.CreateTempSubdirectory("delivery-tracker-digests-").FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        EmbeddedPostgres? postgres = null;
        ApiProcess? api = null;
        Process? smtp4dev = null;
        try
        {
            postgres = EmbeddedPostgres.Start(
                new EmbeddedPostgresOptions { DataDirectory = Path.Combine(folder, "postgres"), Database = "delivery_tracker_digests", Ephemeral = true },
                message => Console.WriteLine($"  {message}"));
            await using var database = NpgsqlDataSource.Create(postgres.ConnectionString);
            Console.WriteLine($"Machine: {await PerfCommand.DescribeMachineAsync(database, CancellationToken.None)}");
            var options = TrackerDatabase.Configure(new DbContextOptionsBuilder<TrackerDbContext>(), postgres.ConnectionString).Options;
            await using (var db = new TrackerDbContext(options))
            {
                await db.Database.MigrateAsync();
            }

            await SyntheticPlan.LoadAsync(database, 6000, 1, CancellationToken.None);
            await using (var seed = database.CreateCommand(Seed))
            {
                seed.Parameters.AddWithValue("digests", digests);
                await seed.ExecuteNonQueryAsync();
            }

            var (webPort, smtpPort) = (PerfCommand.FreePort(), PerfCommand.FreePort());
            smtp4dev = StartSmtp4dev(repo, webPort, smtpPort, digests);
            using var inbox = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}") };
            await WaitAsync(async () => (await inbox.GetAsync(new Uri("/api/Messages?pageSize=1", UriKind.Relative))).IsSuccessStatusCode, "smtp4dev");

            api = await ApiProcess.StartAsync(
                apiDll, Path.Combine(repo, "api"), postgres.ConnectionString, PerfCommand.FreePort(), Path.Combine(folder, "api.log"), sqlLog: false, CancellationToken.None,
                new Dictionary<string, string>
                {
                    ["Jobs__RunServer"] = "true",
                    ["Email__Smtp__Host"] = "127.0.0.1",
                    ["Email__Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
                    ["Email__Smtp__SecureSocketOptions"] = "None",
                });
            Console.WriteLine($"API (pid {api.ProcessId}) with its Hangfire server; smtp4dev web {webPort}, SMTP {smtpPort}");

            // The API's serializer settings, so its server reads the jobs this process enqueues.
            GlobalConfiguration.Configuration.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            var storage = new PostgreSqlStorage(
                new NpgsqlConnectionFactory(postgres.ConnectionString, new PostgreSqlStorageOptions()),
                new PostgreSqlStorageOptions { SchemaName = JobsSetup.Schema, PrepareSchemaIfNecessary = false });
            var loadBefore = PerfCommand.LoadAverage();
            await using var context = new TrackerDbContext(options);
            var digestIds = await context.ReminderDigests.Select(d => d.Id).ToListAsync();

            var started = Stopwatch.GetTimestamp();
            await new DigestDispatch(context, new BackgroundJobClient(storage)).EnqueueAsync(digestIds, CancellationToken.None);
            var enqueued = Stopwatch.GetElapsedTime(started);
            await WaitAsync(async () => await ScalarAsync(database, "SELECT count(*) FROM digest_deliveries WHERE state = 'Pending'") == 0, "the deliveries", TimeSpan.FromMinutes(30));
            var elapsed = Stopwatch.GetElapsedTime(started);

            var states = new List<string>();
            await using (var command = database.CreateCommand("SELECT channel || ' ' || state || ': ' || count(*) FROM digest_deliveries GROUP BY channel, state ORDER BY 1"))
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    states.Add(reader.GetString(0));
                }
            }

            var emails = (await inbox.GetFromJsonAsync<JsonElement>(new Uri("/api/Messages?pageSize=1", UriKind.Relative))).GetProperty("rowCount").GetInt32();
            var reminders = await ScalarAsync(database, "SELECT count(*) FROM reminders");
            Console.WriteLine();
            Console.WriteLine("| measure | value |");
            Console.WriteLine("| --- | --- |");
            Console.WriteLine(FormattableString.Invariant($"| digests (reminders) | {digestIds.Count:N0} ({reminders:N0}) |"));
            Console.WriteLine(FormattableString.Invariant($"| enqueue ({digestIds.Count * 2:N0} jobs, one per outbox row) | {enqueued.TotalSeconds:0.00} s |"));
            Console.WriteLine(FormattableString.Invariant($"| enqueue → no delivery Pending | {elapsed.TotalSeconds:0.0} s |"));
            Console.WriteLine(FormattableString.Invariant($"| digests per second (in-app + email each) | {digestIds.Count / elapsed.TotalSeconds:0.0} |"));
            Console.WriteLine($"| deliveries | {string.Join(", ", states)} |");
            Console.WriteLine(FormattableString.Invariant($"| emails in smtp4dev | {emails:N0} |"));
            Console.WriteLine($"| load average (1/5/15 min) | {loadBefore} before, {PerfCommand.LoadAverage()} after |");
            Console.WriteLine($"| API peak RSS | {api.PeakResidentBytes() / 1024 / 1024} MiB |");
            return emails == digestIds.Count ? 0 : 1;
        }
        finally
        {
            if (api is not null)
            {
                await api.DisposeAsync();
            }

            if (smtp4dev is { HasExited: false })
            {
                smtp4dev.Kill(entireProcessTree: true);
                await smtp4dev.WaitForExitAsync();
            }

            postgres?.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process StartSmtp4dev(string repo, int webPort, int smtpPort, int digests)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repo, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "tool", "run", "smtp4dev", "--", $"--urls=http://127.0.0.1:{webPort}", $"--smtpport={smtpPort}", "--imapport=0", "--pop3port=0",
            "--bindaddress=127.0.0.1", "--db=", "--nousersettings", $"--messagestokeep={digests + 100}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start (dotnet tool restore).");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, string what, TimeSpan? limit = null)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (waited.Elapsed > (limit ?? TimeSpan.FromMinutes(2)))
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(250);
        }
    }
}
