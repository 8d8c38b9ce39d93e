using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Tests.Features.Rag;

/// <summary>
/// Test oracle: the derived RAG rules written a second time, in C#, from the product brief, so the tests can hold the
/// database function (<c>ActionRatingsFunction</c>, whose remarks list the rules) to an independent reading. Nothing
/// in the API calls this; the function is the one home of the rules.
/// </summary>
/// <remarks>
/// Example: due 30 Sep 2019, not completed, as of 1 Oct 2019 → Red, <see cref="RagReason.Overdue"/>, reason date
/// 2019-09-30, 1 day. Start 1 Jan 2020, due 10 Apr 2020, as of 20 Feb 2020, 15% complete → the expectation is 50%,
/// 15 is below 70% of 50 → Red, <see cref="RagReason.BehindSchedule"/>, 35 points. "Annual" in a plan from 1 Apr 2019
/// to 31 Mar 2022, as of 1 Jun 2020 → cycle 1 Apr 2020 – 31 Mar 2021, due 31 Mar 2021.
/// </remarks>
public static class RagRules
{
    public static DerivedRating Derive(RagInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var asOf = input.AsOf;
        var (due, cycleStart) = Judged(input);
        var cycleWithoutUpdate = input.IsRecurring && (input.LatestUpdateOn is null || input.LatestUpdateOn < cycleStart);
        static DerivedRating Rated(RagRating? rating, RagReason reason, DateOnly? date = null, int? days = null) => new(rating, reason, date, days);

        if (input.Status == ActionStatus.Completed)
        {
            return Rated(RagRating.Complete, RagReason.Completed);
        }

        if (input.Status == ActionStatus.Cancelled)
        {
            return Rated(null, RagReason.Cancelled);
        }

        if (due is { } overdueSince && overdueSince < asOf && (!input.IsRecurring || cycleWithoutUpdate))
        {
            return Rated(RagRating.Red, RagReason.Overdue, overdueSince, asOf.DayNumber - overdueSince.DayNumber);
        }

        var schedule = input.IsRecurring ? null : Schedule.For(input);
        if (schedule is not null && schedule.IsBelow(input.ProgressRedBelowPercent))
        {
            return Rated(RagRating.Red, RagReason.BehindSchedule, null, schedule.PointsBehind);
        }

        if (input.Status == ActionStatus.Blocked)
        {
            return Rated(RagRating.Amber, RagReason.Blocked);
        }

        var dueSoon = due is { } d && d >= asOf && d <= asOf.AddDays(input.DueSoonDays);
        if (dueSoon && input.IsRecurring && cycleWithoutUpdate)
        {
            return Rated(RagRating.Amber, RagReason.CycleDueSoon, due, due!.Value.DayNumber - asOf.DayNumber);
        }

        if (dueSoon && !input.IsRecurring && input.Status == ActionStatus.NotStarted)
        {
            return Rated(RagRating.Amber, RagReason.DueSoonNotStarted, due, due!.Value.DayNumber - asOf.DayNumber);
        }

        if (schedule is not null && schedule.IsBelow(input.ProgressAmberBelowPercent))
        {
            return Rated(RagRating.Amber, RagReason.BehindSchedule, null, schedule.PointsBehind);
        }

        if (due is null && input.LatestUpdateOn is null)
        {
            return Rated(RagRating.NotRated, RagReason.NoDueDateNoUpdate);
        }

        // Never updated: the clock starts at the later of the plan's start and the action's own start.
        var lastActivity = input.LatestUpdateOn
            ?? (input.StartDate is { } start && start > input.PlanStart ? start : input.PlanStart);
        var idleDays = asOf.DayNumber - lastActivity.DayNumber;
        if (idleDays >= input.StaleAfterDays)
        {
            return Rated(RagRating.Amber, input.LatestUpdateOn is null ? RagReason.StaleNeverUpdated : RagReason.Stale, lastActivity, idleDays);
        }

        return Rated(RagRating.Green, RagReason.OnTrack);
    }

    /// <summary>
    /// The attention flags, read from the brief: never on a completed or cancelled action; overdue is the Overdue rule;
    /// due soon is not overdue and due from the as-of date to due-soon-days after it (a recurring cycle only while it has
    /// had no update); stale is the stale rule's clock past stale-after-days whichever rule won; blocked is the status.
    /// </summary>
    /// <remarks>Example: in progress, due in 29 days, last update 92 days ago → Amber Stale, flagged due soon and stale.</remarks>
    public static AttentionFlags Flags(RagInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Status is ActionStatus.Completed or ActionStatus.Cancelled)
        {
            return new(false, false, false, false);
        }

        var asOf = input.AsOf;
        var (due, cycleStart) = Judged(input);
        var cycleWithoutUpdate = input.IsRecurring && (input.LatestUpdateOn is null || input.LatestUpdateOn < cycleStart);
        var overdue = Derive(input).Reason == RagReason.Overdue;
        var dueSoon = !overdue && due is { } d && d >= asOf && d <= asOf.AddDays(input.DueSoonDays) && (!input.IsRecurring || cycleWithoutUpdate);
        var lastActivity = input.LatestUpdateOn
            ?? (input.StartDate is { } start && start > input.PlanStart ? start : input.PlanStart);
        var stale = asOf.DayNumber - lastActivity.DayNumber >= input.StaleAfterDays;
        return new(overdue, dueSoon, stale, input.Status == ActionStatus.Blocked);
    }

    /// <summary>The due date the action is judged against (a recurring one's current cycle end) and that cycle's start.</summary>
    public static (DateOnly? DueDate, DateOnly? CycleStart) Judged(RagInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.IsRecurring)
        {
            return (input.DueDate, null);
        }

        var (start, end) = Cycle(input.PlanStart, input.PlanEnd, input.AsOf);
        return (end, start);
    }

    /// <summary>The plan-year cycle holding <paramref name="asOf"/> (the first before the plan starts, the last after it ends).</summary>
    public static (DateOnly Start, DateOnly End) Cycle(DateOnly planStart, DateOnly planEnd, DateOnly asOf)
    {
        var on = asOf < planEnd ? asOf : planEnd;
        var years = 0;
        while (planStart.AddYears(years + 1) <= on)
        {
            years++;
        }

        var end = planStart.AddYears(years + 1).AddDays(-1);
        return (planStart.AddYears(years), end < planEnd ? end : planEnd);
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
