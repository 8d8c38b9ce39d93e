using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DeliveryTracker.Api.Infrastructure.Database;

/// <summary>
/// A PostgreSQL server started from the machine's own binaries: <c>initdb</c> once into a data folder, then
/// <c>pg_ctl start</c> on a loopback port, stopped on <see cref="Dispose"/>. Data survives restarts.
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root. When this process is root, the data folder is given to the <c>postgres</c>
/// user and every server command runs through <c>runuser -u postgres</c>. Authentication is <c>trust</c> on
/// loopback only: fine for a developer machine and tests, never for production (which sets a connection string).
/// A folder that exists but is not a PostgreSQL cluster is reported and left alone, never wiped.
/// </remarks>
public sealed class EmbeddedPostgres : IDisposable
{
    private const string ServerUser = "postgres";
    private readonly string _binDirectory;
    private readonly bool _asServerUser;
    private bool _stopped;

    private EmbeddedPostgres(string dataDirectory, string binDirectory, int port, string database, bool asServerUser)
    {
        DataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        Port = port;
        _asServerUser = asServerUser;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = ServerUser,
            Database = database,
            Timeout = 5,
        }.ConnectionString;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    /// <summary>Connection string to the application database on this server.</summary>
    public string ConnectionString { get; }

    /// <summary>Initialises the cluster if the folder is new, starts the server and creates the database if missing.</summary>
    /// <exception cref="EmbeddedPostgresException">The binaries are missing, the folder is unusable or the server did not start.</exception>
    public static EmbeddedPostgres Start(EmbeddedPostgresOptions options, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var asServerUser = Environment.IsPrivilegedProcess;
        var binDirectory = options.BinDirectory ?? FindBinDirectory();
        var dataDirectory = Path.GetFullPath(options.DataDirectory ?? DefaultDataDirectory(asServerUser));
        var port = options.Port == 0 ? FreeLoopbackPort() : options.Port;
        var server = new EmbeddedPostgres(dataDirectory, binDirectory, port, options.Database, asServerUser);

        server.InitialiseIfNew(log);
        server.StopStaleServer(log);
        server.StartServer(options.Ephemeral);
        server.CreateDatabaseIfMissing(options.Database);
        log($"Embedded PostgreSQL running on 127.0.0.1:{port}, data in {dataDirectory}");
        return server;
    }

    public void Dispose()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        Run("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "-t", "30", "stop"], throwOnError: false);
    }

    private static string DefaultDataDirectory(bool asServerUser)
    {
        if (asServerUser)
        {
            return "/var/lib/delivery-tracker/postgres";
        }

        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(dataHome))
        {
            dataHome = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        }

        return Path.Combine(dataHome, "delivery-tracker", "postgres");
    }

    private static string FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var candidates = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(dir => (Dir: Path.Combine(dir, "bin"), Major: int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var major) ? major : 0))
                .Where(c => File.Exists(Path.Combine(c.Dir, "initdb")))
                .OrderByDescending(c => c.Major)
                .Select(c => c.Dir)
                .ToList()
            : [];
        return candidates.FirstOrDefault()
            ?? throw new EmbeddedPostgresException(
                $"No PostgreSQL server binaries found under {root}. Install them (apt-get install postgresql) or set ConnectionStrings__Tracker.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void InitialiseIfNew(Action<string> log)
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }

        if (Directory.Exists(DataDirectory) && Directory.EnumerateFileSystemEntries(DataDirectory).Any())
        {
            throw new EmbeddedPostgresException(
                $"The data folder {DataDirectory} is not empty and is not a PostgreSQL cluster (no PG_VERSION). " +
                "It was left untouched: point EmbeddedPostgres:DataDirectory at an empty or existing cluster folder.");
        }

        Directory.CreateDirectory(DataDirectory);
        if (_asServerUser)
        {
            GiveToServerUser(DataDirectory);
        }

        log($"Creating PostgreSQL cluster in {DataDirectory}");
        Run("initdb", ["-D", DataDirectory, "-U", ServerUser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    }

    /// <summary>A server left running by a killed process still holds the folder; stop it so this process owns it.</summary>
    private void StopStaleServer(Action<string> log)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            return;
        }

        var status = Run("pg_ctl", ["-D", DataDirectory, "status"], throwOnError: false);
        if (status.ExitCode == 0)
        {
            log($"Stopping a PostgreSQL server left running on {DataDirectory}");
            Run("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "-t", "30", "stop"], throwOnError: false);
        }
    }

    private void StartServer(bool ephemeral)
    {
        var serverOptions = $"-p {Port} -k {DataDirectory} -c listen_addresses=127.0.0.1";
        if (ephemeral)
        {
            serverOptions += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        }

        var logFile = Path.Combine(DataDirectory, "server.log");
        Run("pg_ctl", ["-D", DataDirectory, "-l", logFile, "-o", serverOptions, "-w", "-t", "30", "start"]);
    }

    private void CreateDatabaseIfMissing(string database)
    {
        var adminConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString;
        using var connection = new NpgsqlConnection(adminConnectionString);
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            create.ExecuteNonQuery();
        }
    }

    private static void GiveToServerUser(string directory)
    {
        var result = RunProcess("chown", ["-R", $"{ServerUser}:{ServerUser}", directory]);
        if (result.ExitCode != 0)
        {
            throw new EmbeddedPostgresException($"Could not give {directory} to the '{ServerUser}' user: {result.Output}");
        }

        // chown is not enough when a parent folder is private (mktemp -d makes 0700 folders, /root is 0700).
        if (RunProcess("runuser", ["-u", ServerUser, "--", "test", "-w", directory]).ExitCode != 0)
        {
            throw new EmbeddedPostgresException(
                $"The '{ServerUser}' user cannot reach {directory}: every parent folder must be enterable by it (chmod o+x), or choose another EmbeddedPostgres:DataDirectory.");
        }
    }

    private (int ExitCode, string Output) Run(string tool, IReadOnlyList<string> arguments, bool throwOnError = true)
    {
        var executable = Path.Combine(_binDirectory, tool);
        var result = _asServerUser
            ? RunProcess("runuser", ["-u", ServerUser, "--", executable, .. arguments])
            : RunProcess(executable, arguments);
        if (throwOnError && result.ExitCode != 0)
        {
            throw new EmbeddedPostgresException($"{tool} failed (exit {result.ExitCode}) for {DataDirectory}: {result.Output.Trim()}");
        }

        return result;
    }

    private static (int ExitCode, string Output) RunProcess(string fileName, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The postgres user may not be able to enter the caller's working folder.
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(startInfo)!;
            // Read both streams concurrently: a full pipe would block the child.
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new EmbeddedPostgresException($"Could not run {fileName}: {ex.Message}");
        }
    }
}
