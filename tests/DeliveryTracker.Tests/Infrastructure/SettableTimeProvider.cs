namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// A clock a fixture sets: "today" for the scan (through <c>LondonClock</c>) and the instants the delivery jobs record. It
/// stands still unless moved, so a test can step it past the delivery sweep's threshold without waiting.
/// </summary>
public sealed class SettableTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
