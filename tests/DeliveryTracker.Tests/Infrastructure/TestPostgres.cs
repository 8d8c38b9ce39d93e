using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Data.Seed;
using DeliveryTracker.Api.Infrastructure.Database;
using DotNet.Testcontainers.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Testcontainers.PostgreSql;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server per test run: a Testcontainers container when a Docker engine answers, otherwise a throwaway
/// cluster from the machine's PostgreSQL binaries. It holds a migrated, seeded template database; each fixture gets its
/// own copy (<c>CREATE DATABASE … TEMPLATE …</c>), so fixtures never see each other's data.
/// </summary>
public static class TestPostgres
{
    private const string TemplateDatabase = "tracker_template";
    private static PostgreSqlContainer? _container;
    private static EmbeddedPostgres? _embedded;
    private static string? _embeddedRoot;
    private static string _serverConnectionString = "";

    public static string Source { get; private set; } = "";

    internal static async Task StartAsync()
    {
        if (Environment.GetEnvironmentVariable("TEST_POSTGRES") != "local")
        {
            try
            {
                _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
                await _container.StartAsync();
                _serverConnectionString = _container.GetConnectionString();
                Source = "Testcontainers";
            }
            catch (DockerUnavailableException)
            {
                _container = null;
            }
        }

        if (_container is null)
        {
            var runsRoot = Path.Combine(Path.GetTempPath(), "delivery-tracker-tests");
            RemoveClustersOfDeadRuns(runsRoot);
            _embeddedRoot = Path.Combine(runsRoot, "run-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _embedded = EmbeddedPostgres.Start(
                new EmbeddedPostgresOptions { DataDirectory = Path.Combine(_embeddedRoot, "pgdata"), Database = "postgres", Ephemeral = true },
                _ => { });
            _serverConnectionString = _embedded.ConnectionString;
            Source = "local PostgreSQL binaries";
        }

        await CreateTemplateAsync();
    }

    /// <summary>
    /// A run that was killed (not just failed) never reached its teardown: kill the processes it started (listed in
    /// its folder's <see cref="ChildrenFile"/>), stop its server and delete its folder, so leftovers do not pile up. A run
    /// is dead when no process has its id. Each kind of run keeps its own <paramref name="runsRoot"/>.
    /// </summary>
    internal static void RemoveClustersOfDeadRuns(string runsRoot)
    {
        if (!Directory.Exists(runsRoot))
        {
            return;
        }

        foreach (var runFolder in Directory.GetDirectories(runsRoot, "run-*"))
        {
            if (int.TryParse(Path.GetFileName(runFolder)["run-".Length..], System.Globalization.CultureInfo.InvariantCulture, out var pid) && IsAlive(pid))
            {
                continue;
            }

            KillChildrenOf(runFolder);
            var dataDirectory = Path.Combine(runFolder, "pgdata");
            try
            {
                if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
                {
                    // Start takes over (stops) a server left running on the folder; disposing stops it again.
                    EmbeddedPostgres.Start(new EmbeddedPostgresOptions { DataDirectory = dataDirectory, Database = "postgres", Ephemeral = true }, _ => { }).Dispose();
                }
            }
            catch (EmbeddedPostgresException)
            {
                // Not a usable cluster any more: deleting the folder is all that is left to do.
            }

            Directory.Delete(runFolder, recursive: true);
        }
    }

    /// <summary>The file in a run's folder listing the ids of the processes it started (APIs, smtp4dev), one a line.</summary>
    internal const string ChildrenFile = "children.pids";

    /// <summary>Notes a child process in the run's folder, so a later run can kill it if this one is killed first.</summary>
    internal static void RecordChild(string runFolder, int pid) =>
        File.AppendAllLines(Path.Combine(runFolder, ChildrenFile), [pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    private static void KillChildrenOf(string runFolder)
    {
        var file = Path.Combine(runFolder, ChildrenFile);
        if (!File.Exists(file))
        {
            return;
        }

        foreach (var line in File.ReadAllLines(file))
        {
            // Only a process that is still the API or smtp4dev (`dotnet tool run`, whose server is its child): the id may
            // have been reused by anything since.
            if (int.TryParse(line, System.Globalization.CultureInfo.InvariantCulture, out var pid) && IsAlive(pid)
                && File.Exists($"/proc/{pid}/cmdline")
                && File.ReadAllText($"/proc/{pid}/cmdline") is var commandLine
                && (commandLine.Contains("DeliveryTracker.Api.dll", StringComparison.Ordinal) || commandLine.Contains("smtp4dev", StringComparison.Ordinal)))
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    internal static async Task StopAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }

        _embedded?.Dispose();
        if (_embeddedRoot is not null && Directory.Exists(_embeddedRoot))
        {
            Directory.Delete(_embeddedRoot, recursive: true);
        }
    }

    /// <summary>A connection string to <paramref name="database"/> on the test server.</summary>
    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = database }.ConnectionString;

    /// <summary>Creates a fresh database copied from the migrated, seeded template and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string? template = TemplateDatabase)
    {
        var name = $"test_{Guid.CreateVersion7():N}";
        var templateClause = template is null ? "" : $" TEMPLATE \"{template}\"";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"{templateClause}");
        return ConnectionStringFor(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task CreateTemplateAsync()
    {
        await ExecuteAsync($"CREATE DATABASE \"{TemplateDatabase}\"");
        await PrepareAsync(ConnectionStringFor(TemplateDatabase));
    }

    /// <summary>
    /// Makes an empty database what every test starts from: migrated, the demo plan seeded, and Hangfire's schema in place
    /// as the API installs it when it starts (so each API finds it there). The run's template is made this way, and so is
    /// the database of a fixture with a PostgreSQL server of its own.
    /// </summary>
    public static async Task PrepareAsync(string connectionString)
    {
        var options = TrackerDatabase.Configure(new DbContextOptionsBuilder<TrackerDbContext>(), connectionString).Options;
        await using (var db = new TrackerDbContext(options))
        {
            await db.Database.MigrateAsync();
            await new DemoPlanSeeder(db, NullLogger<DemoPlanSeeder>.Instance).SeedAsync(CancellationToken.None);
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            Hangfire.PostgreSql.PostgreSqlObjectsInstaller.Install(connection, "hangfire");
        }

        NpgsqlConnection.ClearAllPools();
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
