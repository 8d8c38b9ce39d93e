using System.Globalization;
using System.Text;

namespace DeliveryTracker.Perf;

/// <summary>The figures of one run, printed as the Markdown that goes into docs/performance.md.</summary>
public sealed class BenchmarkReport
{
    private const double GoalRatio = 0.6;
    private const double GoalFirstPageMs = 50;

    public required PerfOptions Options { get; init; }

    public required string Machine { get; init; }

    public required string LoadAverage { get; init; }

    public required IReadOnlyDictionary<string, long> Rows { get; init; }

    public required string LoadTime { get; init; }

    public required LatencySummary Api { get; init; }

    public required LatencySummary Raw { get; init; }

    /// <summary>CPU ms per request during the API's measured run: API process, PostgreSQL, this process (the client).</summary>
    public required CpuPerRequest ApiCpu { get; init; }

    /// <summary>CPU ms per request during the raw run: PostgreSQL and this process (client and raw endpoint).</summary>
    public required CpuPerRequest RawCpu { get; init; }

    public required long ApiRssAtRest { get; init; }

    public required long ApiRssPeakSampled { get; init; }

    public required long ApiRssHighWaterMark { get; init; }

    /// <summary>Per filter and endpoint: latency, and CPU ms per request of the endpoint's process and of PostgreSQL.</summary>
    public required IReadOnlyList<FirstPageResult> FirstPages { get; init; }

    public double Ratio => Api.RequestsPerSecond / Raw.RequestsPerSecond;

    public bool MeetsGoals => Ratio >= GoalRatio && Api.Errors == 0 && Raw.Errors == 0 && FirstPages.All(f => f.Summary.P95 < GoalFirstPageMs);

    public override string ToString()
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        Line($"Machine: {Machine}; PostgreSQL JIT {(Options.NoJit ? "off" : "on (default)")}");
        Line($"Load average (1 / 5 / 15 min): {LoadAverage}");
        Line($"Data: {string.Join(", ", Rows.Select(r => FormattableString.Invariant($"{r.Key} {r.Value:N0}")))} ({LoadTime})");
        Line($"");
        Line($"Under load: theme + rag (20 themes × Red/Amber/Green), first page of 50, {Options.Concurrency} concurrent workers, {Options.WarmupSeconds} s warm-up then {Options.Seconds} s per endpoint in alternating slices:");
        Line($"");
        Line($"| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
        Line($"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, s) in new[] { ("API (EF Core, child process)", Api), ("raw Npgsql (in-process Kestrel)", Raw) })
        {
            Line($"| {name} | {s.Requests:N0} | {s.RequestsPerSecond:N0} | {s.P50:0.0} | {s.P95:0.0} | {s.P99:0.0} | {s.Max:0.0} | {s.Errors} |");
        }

        Line($"");
        Line($"Throughput ratio API / raw: **{Ratio:0.00}** (goal ≥ {GoalRatio:0.0}: {(Ratio >= GoalRatio ? "met" : "NOT met")}).");
        var rawEndpointCpu = RawCpu.ThisProcess - ApiCpu.ThisProcess;
        Line($"CPU per request (ms, from /proc; not skewed by other load the way latency is): API run — API process {ApiCpu.Api:0.00}, PostgreSQL {ApiCpu.Postgres:0.00}, client {ApiCpu.ThisProcess:0.00}; raw run — raw endpoint ≈ {rawEndpointCpu:0.00} (this process {RawCpu.ThisProcess:0.00} minus the client's share), PostgreSQL {RawCpu.Postgres:0.00}.");
        Line($"API memory (RSS): {Mib(ApiRssAtRest)} after start-up and first-page timings; peak {Mib(ApiRssPeakSampled)} during its load run (sampled every 50 ms); VmHWM {Mib(ApiRssHighWaterMark)}.");
        Line($"");
        Line($"First page without load ({Options.FirstPageRequests} sequential requests per filter after a warm-up, cycling through the values):");
        Line($"");
        Line($"| filter | endpoint | values | items/page | p50 ms | p95 ms | max ms | p95 < {GoalFirstPageMs:0} ms | CPU ms/request: endpoint process | PostgreSQL |");
        Line($"| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
        foreach (var (filter, endpoint, values, s, endpointCpu, postgresCpu) in FirstPages)
        {
            Line($"| {filter} | {endpoint} | {values} | {s.MeanItems:0.#} | {s.P50:0.0} | {s.P95:0.0} | {s.Max:0.0} | {(s.P95 < GoalFirstPageMs ? "yes" : "**no**")} | {endpointCpu:0.0} | {postgresCpu:0.0} |");
        }

        Line($"");
        Line($"(For raw, the endpoint process is this one, so its CPU includes the client's.)");

        return text.ToString();
    }

    private static string Mib(long bytes) => FormattableString.Invariant($"{bytes / 1024.0 / 1024.0:0} MiB");
}
