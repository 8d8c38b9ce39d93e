namespace DeliveryTracker.Perf;

/// <summary>Requests answered, errors, throughput and latency percentiles (nearest rank) of one measurement.</summary>
public sealed record LatencySummary(int Requests, int Errors, TimeSpan Elapsed, double P50, double P95, double P99, double Max, double MeanItems)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    /// <summary>Summarises latencies in milliseconds of the successful requests.</summary>
    public static LatencySummary From(IReadOnlyCollection<double> milliseconds, int errors, TimeSpan elapsed, double meanItems = double.NaN)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new LatencySummary(sorted.Length, errors, elapsed, Percentile(0.50), Percentile(0.95), Percentile(0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1], meanItems);
    }
}
