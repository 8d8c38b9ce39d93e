namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// A clock a test sets: replaces the API's <see cref="TimeProvider"/> so "today" (and every instant the API stamps) is
/// the test's choice. Time stands still until set again.
/// </summary>
public sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    /// <summary>The instant the clock shows; set it to step past a threshold (the delivery sweep's) without waiting.</summary>
    public DateTimeOffset Now
    {
        get => GetUtcNow();
        set => Interlocked.Exchange(ref _ticks, value.UtcTicks);
    }

    /// <summary>Noon UTC on <paramref name="date"/>: the same calendar date in London, summer or winter.</summary>
    public void SetLondonDate(DateOnly date) =>
        Interlocked.Exchange(ref _ticks, new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero).UtcTicks);

    public static SettableTime OnLondonDate(DateOnly date)
    {
        var time = new SettableTime(DateTimeOffset.UnixEpoch);
        time.SetLondonDate(date);
        return time;
    }
}
