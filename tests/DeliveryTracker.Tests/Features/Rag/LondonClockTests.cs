using DeliveryTracker.Api.Features.Rag;

namespace DeliveryTracker.Tests.Features.Rag;

public sealed class LondonClockTests
{
    [TestCase("2020-06-30T23:30:00Z", "2020-07-01")] // BST (UTC+1): already the next day in London
    [TestCase("2020-06-30T22:59:59Z", "2020-06-30")]
    [TestCase("2020-01-15T23:30:00Z", "2020-01-15")] // GMT: the UTC date
    [TestCase("2020-01-16T00:00:00Z", "2020-01-16")]
    [TestCase("2024-03-31T00:30:00Z", "2024-03-31")] // clocks go forward at 01:00 UTC
    [TestCase("2024-10-26T23:30:00Z", "2024-10-27")] // still BST until 01:00 UTC on 27 Oct
    [TestCase("2024-10-27T23:30:00Z", "2024-10-27")] // GMT again
    [TestCase("2020-07-01T04:00:00+05:00", "2020-07-01")] // 23:00 UTC on 30 Jun, 00:00 BST
    [TestCase("2020-06-30T18:00:00-05:00", "2020-07-01")] // 23:00 UTC on 30 Jun, whatever the offset says
    public void ToLondonDate_GivesTheLondonCalendarDate(string instant, string expected) =>
        Assert.That(
            LondonClock.ToLondonDate(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void Today_InSummerLateEveningUtc_IsTomorrowsDate() =>
        Assert.That(new LondonClock(new FixedTime(new DateTimeOffset(2020, 6, 30, 23, 30, 0, TimeSpan.Zero))).Today, Is.EqualTo(new DateOnly(2020, 7, 1)));

    [Test]
    public void Today_InWinterLateEveningUtc_IsTheUtcDate() =>
        Assert.That(new LondonClock(new FixedTime(new DateTimeOffset(2020, 12, 31, 23, 30, 0, TimeSpan.Zero))).Today, Is.EqualTo(new DateOnly(2020, 12, 31)));

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
