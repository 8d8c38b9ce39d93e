namespace DeliveryTracker.Perf;

/// <summary>CPU milliseconds per request of the API process, the PostgreSQL server and this process over one measurement.</summary>
public sealed record CpuPerRequest(double Api, double Postgres, double ThisProcess);
