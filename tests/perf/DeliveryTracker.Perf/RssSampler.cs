namespace DeliveryTracker.Perf;

/// <summary>Polls a reading (the API's resident set size) every 50 ms in the background and keeps the highest.</summary>
public sealed class RssSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;
    private long _peak;

    public RssSampler(Func<long> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _polling = PollAsync(read, _stop.Token);
    }

    /// <summary>The highest reading so far, in bytes.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _polling;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task PollAsync(Func<long> read, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        do
        {
            var value = read();
            if (value > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, value);
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}
