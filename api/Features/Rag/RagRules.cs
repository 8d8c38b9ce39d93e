using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Api.Features.Rag;

/// <summary>
/// The derived RAG rules in C#, rule for rule the same as the database function (<see cref="ActionRatingsFunction"/>,
/// whose remarks list them). The database is the source of ratings; this is the reference the tests hold it to, and
/// a way to rate one action without a query.
/// </summary>
/// <remarks>
/// Example: due 30 Sep 2019, not completed, as of 1 Oct 2019 → Red, <see cref="RagReason.Overdue"/>, reason date
/// 2019-09-30, 1 day. Start 1 Jan 2020, due 10 Apr 2020, as of 20 Feb 2020, 15% complete → the expectation is 50%,
/// 15 is below 70% of 50 → Red, <see cref="RagReason.BehindSchedule"/>, 35 points.
/// </remarks>
public static class RagRules
{
    public static DerivedRating Derive(RagInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var asOf = input.AsOf;

        if (input.Status == ActionStatus.Completed)
        {
            return new(RagRating.Complete, RagReason.Completed, null, null);
        }

        if (input.Status == ActionStatus.Cancelled)
        {
            return new(null, RagReason.Cancelled, null, null);
        }

        if (input.DueDate is { } overdueSince && overdueSince < asOf)
        {
            return new(RagRating.Red, RagReason.Overdue, overdueSince, asOf.DayNumber - overdueSince.DayNumber);
        }

        var schedule = Schedule.For(input);
        if (schedule is not null && schedule.IsBelow(input.ProgressRedBelowPercent))
        {
            return new(RagRating.Red, RagReason.BehindSchedule, null, schedule.PointsBehind);
        }

        if (input.Status == ActionStatus.NotStarted && input.DueDate is { } due && due >= asOf && due <= asOf.AddDays(input.DueSoonDays))
        {
            return new(RagRating.Amber, RagReason.DueSoonNotStarted, due, due.DayNumber - asOf.DayNumber);
        }

        if (schedule is not null && schedule.IsBelow(input.ProgressAmberBelowPercent))
        {
            return new(RagRating.Amber, RagReason.BehindSchedule, null, schedule.PointsBehind);
        }

        if (input.DueDate is null && input.LatestUpdateOn is null)
        {
            return new(RagRating.NotRated, RagReason.NoDueDateNoUpdate, null, null);
        }

        var lastActivity = input.LatestUpdateOn ?? input.CreatedOn;
        var idleDays = asOf.DayNumber - lastActivity.DayNumber;
        if (idleDays >= input.StaleAfterDays)
        {
            var reason = input.LatestUpdateOn is null ? RagReason.StaleNeverUpdated : RagReason.Stale;
            return new(RagRating.Amber, reason, lastActivity, idleDays);
        }

        return new(RagRating.Green, RagReason.OnTrack, null, null);
    }

    /// <summary>
    /// The straight-line expectation: elapsed / span of the way from start to due, capped at 100%. Compared as integer
    /// cross-products, like the SQL, so 70% of the expectation is exactly 70% and never 69.99999%.
    /// </summary>
    private sealed record Schedule(long Percent, long SpanDays, long ElapsedDays)
    {
        public static Schedule? For(RagInput input)
        {
            if (input is not { PercentComplete: { } percent, StartDate: { } start, DueDate: { } due } || start >= due || input.AsOf <= start)
            {
                return null;
            }

            var span = due.DayNumber - start.DayNumber;
            return new(percent, span, Math.Min(input.AsOf.DayNumber - start.DayNumber, span));
        }

        /// <summary>Is progress below <paramref name="thresholdPercent"/>% of the expectation?</summary>
        public bool IsBelow(int thresholdPercent) => Percent * SpanDays < ElapsedDays * thresholdPercent;

        /// <summary>Expected minus actual, in percentage points, to the nearest point (halves away from zero, as PostgreSQL's round).</summary>
        public int PointsBehind =>
            (int)Math.Round((decimal)((100 * ElapsedDays) - (Percent * SpanDays)) / SpanDays, MidpointRounding.AwayFromZero);
    }
}
