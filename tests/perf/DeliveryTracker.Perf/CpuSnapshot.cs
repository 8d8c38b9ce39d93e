using System.Diagnostics;

namespace DeliveryTracker.Perf;

/// <summary>CPU used so far by the API process (if any), the PostgreSQL server and this process (client, raw endpoint).</summary>
public sealed record CpuSnapshot(TimeSpan Api, TimeSpan Postgres, TimeSpan ThisProcess)
{
    public static CpuSnapshot Take(int? apiProcessId, string postgresDataDirectory)
    {
        using var self = Process.GetCurrentProcess();
        return new CpuSnapshot(
            apiProcessId is { } pid ? CpuTime.OfProcess(pid) : TimeSpan.Zero,
            CpuTime.OfPostgres(postgresDataDirectory),
            self.TotalProcessorTime);
    }

    /// <summary>CPU milliseconds per request between <paramref name="before"/> and this snapshot.</summary>
    public CpuPerRequest PerRequestSince(CpuSnapshot before, int requests)
    {
        ArgumentNullException.ThrowIfNull(before);
        double PerRequest(TimeSpan used) => used.TotalMilliseconds / Math.Max(1, requests);
        return new CpuPerRequest(PerRequest(Api - before.Api), PerRequest(Postgres - before.Postgres), PerRequest(ThisProcess - before.ThisProcess));
    }
}
