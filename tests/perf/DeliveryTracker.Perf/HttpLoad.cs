using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace DeliveryTracker.Perf;

/// <summary>
/// Sends GETs to one endpoint and times them, from the first byte sent to the last byte of the body read: a closed loop
/// of workers for throughput, or one request at a time for unloaded latency.
/// </summary>
public sealed class HttpLoad : IDisposable
{
    private readonly HttpClient _client;

    /// <param name="baseAddress">The endpoint's origin.</param>
    /// <param name="connections">How many connections to keep open (one per worker).</param>
    /// <param name="apiKey">Sent as <c>X-Api-Key</c> on every request, as an integration would.</param>
    public HttpLoad(Uri baseAddress, int connections, string apiKey)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        };
        _client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The body of one GET, failing on any status but 200.</summary>
    public async Task<(string Body, string? Link)> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {_client.BaseAddress}{path.TrimStart('/')} answered {(int)response.StatusCode}: {body}");
        }

        return (body, response.Headers.TryGetValues("Link", out var link) ? string.Join(", ", link) : null);
    }

    /// <summary>
    /// <paramref name="concurrency"/> workers each send the next path (round-robin over <paramref name="paths"/>) as soon
    /// as their last answer is read, until <paramref name="duration"/> has passed.
    /// </summary>
    public async Task<LoadSample> RunClosedLoopAsync(IReadOnlyList<string> paths, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);

        async Task<(List<double> Latencies, int Errors)> WorkerAsync()
        {
            var latencies = new List<double>(capacity: 4096);
            var errors = 0;
            while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
            {
                var path = paths[(int)((uint)Interlocked.Increment(ref next) % (uint)paths.Count)];
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
                    _ = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    }
                    else
                    {
                        errors++;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    errors++;
                }
            }

            return (latencies, errors);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync, cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        cancellationToken.ThrowIfCancellationRequested();
        return new LoadSample(results.SelectMany(r => r.Latencies).ToList(), results.Sum(r => r.Errors), elapsed);
    }

    /// <summary>
    /// One request at a time: <paramref name="warmup"/> unmeasured, then <paramref name="requests"/> measured, cycling
    /// through <paramref name="paths"/>. Also counts the items of each page (outside the timing).
    /// </summary>
    public async Task<LatencySummary> RunSequentialAsync(IReadOnlyList<string> paths, int warmup, int requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        for (var i = 0; i < warmup; i++)
        {
            await GetAsync(paths[i % paths.Count], cancellationToken);
        }

        var latencies = new List<double>(requests);
        long items = 0;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < requests; i++)
        {
            var sent = Stopwatch.GetTimestamp();
            var (body, _) = await GetAsync(paths[i % paths.Count], cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            using var page = JsonDocument.Parse(body);
            items += page.RootElement.GetProperty("items").GetArrayLength();
        }

        return LatencySummary.From(latencies, errors: 0, Stopwatch.GetElapsedTime(started), requests == 0 ? double.NaN : (double)items / requests);
    }
}
