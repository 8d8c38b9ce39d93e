namespace DeliveryTracker.Perf;

/// <summary>What one closed-loop run saw: the latency in milliseconds of each answered request, errors and duration.</summary>
public sealed record LoadSample(IReadOnlyList<double> Latencies, int Errors, TimeSpan Elapsed)
{
    /// <summary>Several runs of the same endpoint as one: their requests, errors and durations added up.</summary>
    public static LatencySummary Summarise(IReadOnlyCollection<LoadSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return LatencySummary.From(
            samples.SelectMany(s => s.Latencies).ToList(),
            samples.Sum(s => s.Errors),
            TimeSpan.FromTicks(samples.Sum(s => s.Elapsed.Ticks)));
    }
}
