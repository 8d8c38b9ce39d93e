namespace DeliveryTracker.Perf;

/// <summary>Sequential first-page timings of one kind of filter on one endpoint.</summary>
/// <param name="Filter">The kind of filter, e.g. "theme + rag".</param>
/// <param name="Endpoint">"API" or "raw".</param>
/// <param name="Values">How many different values were cycled through.</param>
/// <param name="Summary">Latency and page sizes.</param>
/// <param name="EndpointCpu">CPU ms per request of the endpoint's process (for raw: this process, client included).</param>
/// <param name="PostgresCpu">CPU ms per request of PostgreSQL.</param>
public sealed record FirstPageResult(string Filter, string Endpoint, int Values, LatencySummary Summary, double EndpointCpu, double PostgresCpu);
