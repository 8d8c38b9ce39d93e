namespace DeliveryTracker.Api.Features.Rag;

/// <summary>"Today" and instants as Europe/London calendar dates, the dates every RAG rule works in.</summary>
/// <remarks>
/// 23:30 UTC on 30 Jun 2020 is 00:30 BST on 1 Jul 2020, so its London date is 1 Jul; 23:30 UTC on 15 Jan 2020 is
/// 23:30 GMT, still 15 Jan. The database does the same with <c>AT TIME ZONE 'Europe/London'</c>.
/// </remarks>
public sealed class LondonClock(TimeProvider time)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in London.</summary>
    public DateOnly Today => ToLondonDate(time.GetUtcNow());

    /// <summary>The London calendar date of <paramref name="instant"/>, whatever offset it carries.</summary>
    public static DateOnly ToLondonDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    /// <summary>
    /// The instant (UTC) the London day <paramref name="date"/> begins, as the database's
    /// <c>date::timestamp AT TIME ZONE 'Europe/London'</c>: 1 Jul 2020 begins at 23:00 UTC on 30 Jun 2020 (BST), 15 Jan
    /// 2020 at 00:00 UTC. "Posted by the end of 30 Jun" is "posted before the start of 1 Jul".
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly date) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London), TimeSpan.Zero);
}
