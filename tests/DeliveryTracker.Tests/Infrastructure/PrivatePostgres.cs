using System.Globalization;
using System.Net;
using System.Net.Sockets;
using DeliveryTracker.Api.Infrastructure.Database;
using Npgsql;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of one fixture's own, for tests that restart the server (the run's shared server must never be
/// restarted under other fixtures): a throwaway cluster in a run folder under
/// <c>/tmp/delivery-tracker-fault-tests/run-{pid}</c>, on a fixed loopback port so a restart comes back where clients
/// left it. The folder also lists the processes the fixture starts (<see cref="RecordChild"/>): a later run kills
/// them and removes the cluster if this run was killed before its teardown.
/// </summary>
public sealed class PrivatePostgres : IDisposable
{
    private static readonly string RunsRoot = Path.Combine(Path.GetTempPath(), "delivery-tracker-fault-tests");
    private readonly string _runFolder;
    private EmbeddedPostgres? _server;

    private PrivatePostgres(string runFolder, int port)
    {
        _runFolder = runFolder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>This run's folder (the cluster's data and anything else of the run's); deleted on <see cref="Dispose"/>.</summary>
    public string RunFolder => _runFolder;

    private string DataDirectory => Path.Combine(_runFolder, "pgdata");

    /// <summary>Removes what killed runs left, then initialises and starts this run's cluster with a <c>tracker</c> database.</summary>
    public static PrivatePostgres Start()
    {
        TestPostgres.RemoveClustersOfDeadRuns(RunsRoot);
        var runFolder = Path.Combine(RunsRoot, "run-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(runFolder);
        var postgres = new PrivatePostgres(runFolder, FreeLoopbackPort());
        postgres.StartServer();
        return postgres;
    }

    /// <summary>A connection string to <paramref name="database"/> on this cluster.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_server!.ConnectionString) { Database = database }.ConnectionString;

    /// <summary>Stops the server with <c>pg_ctl stop -m fast</c> (every session is ended, as in a restart by an operator).</summary>
    public void Stop()
    {
        _server?.Dispose();
        _server = null;
    }

    /// <summary>Starts the server again on the same folder and port.</summary>
    public void StartServer()
    {
        // Pooled connections to the stopped server are broken and would fail their first command (57P01), the start's
        // own check for its database among them.
        NpgsqlConnection.ClearAllPools();
        _server = EmbeddedPostgres.Start(
            new EmbeddedPostgresOptions { DataDirectory = DataDirectory, Database = "tracker", Port = Port, Ephemeral = true }, _ => { });
    }

    /// <summary>Stops and starts the server: every open connection is broken.</summary>
    public void Restart()
    {
        Stop();
        StartServer();
    }

    /// <summary>Notes a process the fixture started (an API, smtp4dev), for the dead-run cleanup.</summary>
    public void RecordChild(int pid) => TestPostgres.RecordChild(_runFolder, pid);

    /// <summary>Creates <paramref name="database"/> as a copy of <paramref name="template"/> (which must have no sessions).</summary>
    public async Task CreateDatabaseAsync(string database, string template)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        Stop();
        if (Directory.Exists(_runFolder))
        {
            Directory.Delete(_runFolder, recursive: true);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
