namespace DeliveryTracker.Api.Infrastructure.Time;

/// <summary>"Today" for due dates: the calendar date in Europe/London, whatever the server's time zone.</summary>
/// <remarks>
/// At 00:30 BST on 1 Oct 2019 it is still 30 Sep in UTC but already 1 Oct in London, so an action due 30 Sep 2019 is
/// overdue by 1 day.
/// </remarks>
public static class LondonDate
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime);
    }
}
