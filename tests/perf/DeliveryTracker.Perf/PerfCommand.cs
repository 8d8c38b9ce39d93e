using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text.Json;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.ApiKeys;
using DeliveryTracker.Api.Infrastructure.Database;
using DeliveryTracker.Contracts.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Reads /proc and starts PostgreSQL from /usr/lib/postgresql: Linux only.
[assembly: SupportedOSPlatform("linux")]

namespace DeliveryTracker.Perf;

/// <summary>
/// The benchmark of <c>GET /api/v1/actions</c>: a throwaway PostgreSQL with a synthetic data set, the real API as a
/// child process, a raw Npgsql endpoint in this process, both measured in the same run; prints a Markdown report.
/// </summary>
/// <remarks>
/// Everything shares the machine: client, API, raw endpoint and PostgreSQL compete for the same cores, so the
/// absolute figures are lower than on separate machines; the ratio is what the goal is about. The cluster runs with
/// <c>fsync=off</c> (<see cref="EmbeddedPostgresOptions.Ephemeral"/>), which speeds up the load and does not touch reads.
/// </remarks>
public static class PerfCommand
{
    private const string DatabaseName = "delivery_tracker_perf";

    /// <summary>Slices per endpoint in the measured load run.</summary>
    private const int LoadRounds = 4;

    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is [DigestDeliveryBenchmark.Command, ..])
        {
            return await DigestDeliveryBenchmark.RunAsync(args[1..]);
        }

        PerfOptions? options;
        try
        {
            options = PerfOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message + Environment.NewLine + PerfOptions.Usage);
            return 2;
        }

        if (options is null)
        {
            Console.WriteLine(PerfOptions.Usage);
            return 0;
        }

        using var cancel = new CancellationTokenSource();
        // Ctrl+C or kill: cancel the run so the finally blocks stop the API, the raw endpoint and PostgreSQL.
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            cancel.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            var report = await RunAsync(options, cancel.Token);
            return report.MeetsGoals ? 0 : 1;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Cancelled; everything started was stopped.");
            return 130;
        }
    }

    /// <summary>A plans:read key for this run (a kept database gets a new one each run: names are unique per run).</summary>
    private static async Task<string> CreateApiKeyAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var (key, prefix, hash) = ApiKeySecret.Create();
        db.ApiKeys.Add(new ApiKey
        {
            Name = $"perf-{prefix}",
            Prefix = prefix,
            Hash = hash,
            Scopes = [ApiKeyScope.PlansRead],
            CreatedBy = "perf",
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    private static async Task<BenchmarkReport> RunAsync(PerfOptions options, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var loadAtStart = LoadAverage();
        var repo = FindRepositoryRoot();
        var configuration = typeof(PerfCommand).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var apiDll = Path.Combine(repo, "api", "bin", configuration, "net10.0", "DeliveryTracker.Api.dll");
        if (!File.Exists(apiDll))
        {
            throw new FileNotFoundException($"Build the API first: dotnet build api -c {configuration} -p:SkipContractGeneration=true", apiDll);
        }

        var folder = options.KeepData ?? Directory.CreateTempSubdirectory("delivery-tracker-perf-").FullName;
        Directory.CreateDirectory(folder);
        // The postgres user runs the server when we are root, and must be able to enter the folder.
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        EmbeddedPostgres? postgres = null;
        NpgsqlDataSource? database = null;
        ApiProcess? api = null;
        RawActionsEndpoint? raw = null;
        try
        {
            Console.WriteLine($"Working folder {folder}{(options.KeepData is null ? " (removed at the end)" : " (kept)")}; API {apiDll}");
            postgres = EmbeddedPostgres.Start(
                new EmbeddedPostgresOptions { DataDirectory = Path.Combine(folder, "postgres"), Database = DatabaseName, Ephemeral = true },
                message => Console.WriteLine($"  {message}"));
            database = NpgsqlDataSource.Create(postgres.ConnectionString);
            var machine = await DescribeMachineAsync(database, cancellationToken);
            Console.WriteLine($"Machine: {machine}");

            var migrating = Stopwatch.GetTimestamp();
            string apiKey;
            await using (var db = new TrackerDbContext(TrackerDatabase.Configure(new DbContextOptionsBuilder<TrackerDbContext>(), postgres.ConnectionString).Options))
            {
                await db.Database.MigrateAsync(cancellationToken);
                apiKey = await CreateApiKeyAsync(db, cancellationToken);
            }

            Console.WriteLine($"Migrated in {Stopwatch.GetElapsedTime(migrating).TotalSeconds:0.0} s");
            // Set either way: a kept database remembers the last run's choice.
            await using (var jit = database.CreateCommand(options.NoJit ? $"ALTER DATABASE {DatabaseName} SET jit = off" : $"ALTER DATABASE {DatabaseName} RESET jit"))
            {
                await jit.ExecuteNonQueryAsync(cancellationToken);
            }

            var (rows, loadTime) = await LoadDataAsync(database, options, cancellationToken);
            var filters = await BenchmarkFilters.PickAsync(database, options.Seed, cancellationToken);

            var apiPort = FreePort();
            var apiStarting = Stopwatch.GetTimestamp();
            api = await ApiProcess.StartAsync(apiDll, Path.Combine(repo, "api"), postgres.ConnectionString, apiPort, Path.Combine(folder, "api.log"), options.SqlLog, cancellationToken);
            Console.WriteLine($"API ready on {api.BaseAddress} (pid {api.ProcessId}) in {Stopwatch.GetElapsedTime(apiStarting).TotalSeconds:0.0} s; log {Path.Combine(folder, "api.log")}");
            raw = await RawActionsEndpoint.StartAsync(database, FreePort(), cancellationToken);
            Console.WriteLine($"Raw endpoint on {raw.BaseAddress}");

            // Both are called as an integration calls the API: with an API key, which both look up and check.
            using var apiClient = new HttpLoad(api.BaseAddress, options.Concurrency, apiKey);
            using var rawClient = new HttpLoad(raw.BaseAddress, options.Concurrency, apiKey);
            var endpoints = new Endpoints(apiClient, rawClient, api, postgres.DataDirectory);
            await CheckSameAnswersAsync(apiClient, rawClient, filters.Load, cancellationToken);
            await WarmUpAsync(endpoints, filters, options, cancellationToken);
            var firstPages = await TimeFirstPagesAsync(endpoints, filters, options, cancellationToken);

            var loadBefore = LoadAverage();
            Console.WriteLine($"Load average before the load runs: {loadBefore}");
            var rssAtRest = api.ResidentBytes();
            LoadResults load;
            long apiPeak;
            await using (var sampler = new RssSampler(api.ResidentBytes))
            {
                load = await RunUnderLoadAsync(endpoints, filters, options, cancellationToken);
                apiPeak = sampler.Peak;
            }

            var report = new BenchmarkReport
            {
                Options = options,
                Machine = machine,
                LoadAverage = FormattableString.Invariant($"{loadAtStart} at start, {loadBefore} before the load runs, {LoadAverage()} after"),
                Rows = rows,
                LoadTime = loadTime,
                Api = load.Api,
                Raw = load.Raw,
                ApiCpu = load.ApiCpu,
                RawCpu = load.RawCpu,
                ApiRssAtRest = rssAtRest,
                ApiRssPeakSampled = apiPeak,
                ApiRssHighWaterMark = api.PeakResidentBytes(),
                FirstPages = firstPages,
            };
            Console.WriteLine();
            Console.WriteLine(report);
            return report;
        }
        finally
        {
            if (raw is not null)
            {
                await raw.DisposeAsync();
            }

            if (api is not null)
            {
                await api.DisposeAsync();
            }

            if (database is not null)
            {
                await database.DisposeAsync();
            }

            postgres?.Dispose();
            if (options.KeepData is null)
            {
                Directory.Delete(folder, recursive: true);
            }

            Console.WriteLine($"Whole run: {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s");
        }
    }

    private static async Task<(IReadOnlyDictionary<string, long> Rows, string LoadTime)> LoadDataAsync(
        NpgsqlDataSource database, PerfOptions options, CancellationToken cancellationToken)
    {
        var existing = await SyntheticPlan.CountActionsAsync(database, cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        if (existing == options.Actions)
        {
            Console.WriteLine($"Reusing the {existing:N0} actions already loaded in the kept folder");
            return (await SyntheticPlan.CountRowsAsync(connection, cancellationToken), "reused from an earlier run");
        }

        if (existing > 0)
        {
            throw new InvalidOperationException(
                $"The kept database holds {existing:N0} actions, not {options.Actions:N0}: use another --keep-data folder or delete this one.");
        }

        Console.WriteLine($"Loading {options.Actions:N0} actions (seed {options.Seed})");
        var loading = Stopwatch.GetTimestamp();
        var rows = await SyntheticPlan.LoadAsync(database, options.Actions, options.Seed, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(loading).TotalSeconds;
        Console.WriteLine($"Loaded in {seconds:0.0} s");
        return (rows, FormattableString.Invariant($"loaded in {seconds:0.0} s"));
    }

    /// <summary>
    /// Waits until the API and this process use under 5% of a core for a whole second. A burst of requests leaves .NET's
    /// tiered compilation (and dynamic PGO) recompiling hot methods in the background for several seconds on two cores;
    /// timing first pages meanwhile measures the compiler, not the endpoint.
    /// </summary>
    private static async Task WaitUntilSettledAsync(int apiProcessId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var self = Process.GetCurrentProcess();
        TimeSpan Used()
        {
            self.Refresh();
            return CpuTime.OfProcess(apiProcessId) + self.TotalProcessorTime;
        }

        var before = Used();
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var now = Used();
            if (now - before < TimeSpan.FromMilliseconds(50))
            {
                break;
            }

            before = now;
        }

        Console.WriteLine($"Settled after the warm-up in {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s (background JIT done)");
    }

    /// <summary>
    /// Warms both endpoints up (JIT tiering, EF Core's query cache, connection pools, PostgreSQL's caches) so the
    /// sequential timings measure the steady state, not the first seconds after start-up: a closed-loop burst over
    /// every path, a wait until the background JIT is done, then one unmeasured sequential pass over every filter
    /// (tiering keeps promoting methods while their call counts grow; otherwise the first filter timed pays for it).
    /// </summary>
    private static async Task WarmUpAsync(Endpoints endpoints, BenchmarkFilters filters, PerfOptions options, CancellationToken cancellationToken)
    {
        var burst = TimeSpan.FromSeconds(options.WarmupSeconds);
        await endpoints.Api.RunClosedLoopAsync([.. filters.Load, .. filters.FirstPages.SelectMany(f => f.Paths)], options.Concurrency, burst, cancellationToken);
        await endpoints.Raw.RunClosedLoopAsync(filters.Load, options.Concurrency, burst, cancellationToken);
        await WaitUntilSettledAsync(endpoints.ApiProcess.ProcessId, cancellationToken);
        const int pass = 100;
        foreach (var (_, paths) in filters.FirstPages)
        {
            await endpoints.Api.RunSequentialAsync(paths, pass, 0, cancellationToken);
        }

        await endpoints.Raw.RunSequentialAsync(filters.Load, pass, 0, cancellationToken);
    }

    /// <summary>Each filter's first page on the API (and theme + rag on raw too), one request at a time, with CPU per request.</summary>
    private static async Task<List<FirstPageResult>> TimeFirstPagesAsync(
        Endpoints endpoints, BenchmarkFilters filters, PerfOptions options, CancellationToken cancellationToken)
    {
        var results = new List<FirstPageResult>();
        foreach (var (name, paths) in filters.FirstPages)
        {
            var (summary, cpu) = await TimeSequentialAsync(endpoints.Api, paths, options.FirstPageRequests, endpoints.ApiProcess.ProcessId, endpoints.PostgresDataDirectory, cancellationToken);
            results.Add(new FirstPageResult(name, "API", paths.Count, summary, cpu.Api, cpu.Postgres));
            Console.WriteLine($"First page, {name}: API p95 {summary.P95:0.0} ms, {summary.MeanItems:0.#} items/page");
            if (paths == filters.Load)
            {
                var (rawSummary, rawCpu) = await TimeSequentialAsync(endpoints.Raw, paths, options.FirstPageRequests, null, endpoints.PostgresDataDirectory, cancellationToken);
                results.Add(new FirstPageResult(name, "raw", paths.Count, rawSummary, rawCpu.ThisProcess, rawCpu.Postgres));
                Console.WriteLine($"First page, {name}: raw p95 {rawSummary.P95:0.0} ms");
            }
        }

        return results;
    }

    private static async Task<(LatencySummary Summary, CpuPerRequest Cpu)> TimeSequentialAsync(
        HttpLoad client, IReadOnlyList<string> paths, int requests, int? apiProcessId, string postgresDataDirectory, CancellationToken cancellationToken)
    {
        var before = CpuSnapshot.Take(apiProcessId, postgresDataDirectory);
        var summary = await client.RunSequentialAsync(paths, 0, requests, cancellationToken);
        return (summary, CpuSnapshot.Take(apiProcessId, postgresDataDirectory).PerRequestSince(before, requests));
    }

    /// <summary>
    /// The load mix on each endpoint: a warm-up (not counted), then the measured seconds in <see cref="LoadRounds"/>
    /// alternating slices (API, raw, API, raw …), so a burst of other work on the machine hits both alike.
    /// </summary>
    private static async Task<LoadResults> RunUnderLoadAsync(Endpoints endpoints, BenchmarkFilters filters, PerfOptions options, CancellationToken cancellationToken)
    {
        var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
        await endpoints.Api.RunClosedLoopAsync(filters.Load, options.Concurrency, warmup, cancellationToken);
        await endpoints.Raw.RunClosedLoopAsync(filters.Load, options.Concurrency, warmup, cancellationToken);
        var slice = TimeSpan.FromSeconds((double)options.Seconds / LoadRounds);
        List<LoadSample> api = [], raw = [];
        CpuPerRequest apiCpu = new(0, 0, 0), rawCpu = new(0, 0, 0);
        for (var round = 0; round < LoadRounds; round++)
        {
            var before = CpuSnapshot.Take(endpoints.ApiProcess.ProcessId, endpoints.PostgresDataDirectory);
            api.Add(await endpoints.Api.RunClosedLoopAsync(filters.Load, options.Concurrency, slice, cancellationToken));
            var between = CpuSnapshot.Take(endpoints.ApiProcess.ProcessId, endpoints.PostgresDataDirectory);
            raw.Add(await endpoints.Raw.RunClosedLoopAsync(filters.Load, options.Concurrency, slice, cancellationToken));
            var after = CpuSnapshot.Take(endpoints.ApiProcess.ProcessId, endpoints.PostgresDataDirectory);
            apiCpu = Add(apiCpu, between.PerRequestSince(before, 1));
            rawCpu = Add(rawCpu, after.PerRequestSince(between, 1));
        }

        var apiSummary = LoadSample.Summarise(api);
        var rawSummary = LoadSample.Summarise(raw);
        Console.WriteLine($"API under load: {apiSummary.RequestsPerSecond:0} req/s, p95 {apiSummary.P95:0.0} ms, {apiSummary.Errors} errors");
        Console.WriteLine($"Raw under load: {rawSummary.RequestsPerSecond:0} req/s, p95 {rawSummary.P95:0.0} ms, {rawSummary.Errors} errors");
        return new LoadResults(apiSummary, rawSummary, PerRequest(apiCpu, apiSummary.Requests), PerRequest(rawCpu, rawSummary.Requests));

        static CpuPerRequest Add(CpuPerRequest a, CpuPerRequest b) => new(a.Api + b.Api, a.Postgres + b.Postgres, a.ThisProcess + b.ThisProcess);
        static CpuPerRequest PerRequest(CpuPerRequest total, int requests) =>
            new(total.Api / Math.Max(1, requests), total.Postgres / Math.Max(1, requests), total.ThisProcess / Math.Max(1, requests));
    }

    /// <summary>Fails the run unless both endpoints list the same actions, in the same order, for every load request.</summary>
    private static async Task CheckSameAnswersAsync(HttpLoad api, HttpLoad raw, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var identical = 0;
        var items = 0;
        foreach (var path in paths)
        {
            var fromApi = await api.GetAsync(path, cancellationToken);
            var fromRaw = await raw.GetAsync(path, cancellationToken);
            var apiIds = Ids(fromApi.Body);
            var rawIds = Ids(fromRaw.Body);
            if (!apiIds.SequenceEqual(rawIds) || fromApi.Link != fromRaw.Link)
            {
                throw new InvalidOperationException(
                    $"The endpoints disagree on {path}: API {apiIds.Count} items, raw {rawIds.Count}; Link API '{fromApi.Link}', raw '{fromRaw.Link}'.");
            }

            items += apiIds.Count;
            identical += fromApi.Body == fromRaw.Body ? 1 : 0;
        }

        Console.WriteLine($"Checked {paths.Count} requests: same ids and Link on each ({items} items); {identical} of {paths.Count} bodies byte-identical");
    }

    private static List<string> Ids(string body)
    {
        using var page = JsonDocument.Parse(body);
        return page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    internal static async Task<string> DescribeMachineAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SHOW server_version");
        var postgres = await command.ExecuteScalarAsync(cancellationToken);
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var gib = long.Parse(memory, CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
        return FormattableString.Invariant(
            $"{Environment.ProcessorCount} cores, {gib:0} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, PostgreSQL {postgres}");
    }

    /// <summary>The 1, 5 and 15 minute load averages: other work on the machine skews every figure.</summary>
    internal static string LoadAverage() => string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    internal static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DeliveryTracker.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run from the repository's build output (dotnet run --project tests/perf/DeliveryTracker.Perf).");
    }

    /// <summary>Both endpoints' figures under load.</summary>
    private sealed record LoadResults(LatencySummary Api, LatencySummary Raw, CpuPerRequest ApiCpu, CpuPerRequest RawCpu);

    /// <summary>The two endpoints under test and what is needed to read their CPU use.</summary>
    private sealed record Endpoints(HttpLoad Api, HttpLoad Raw, ApiProcess ApiProcess, string PostgresDataDirectory);

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
