using System.Globalization;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Api.Features.Rag;

/// <summary>The board's wording for a derived rating's reason: "overdue since 30 Sep 2019", "no update for 74 days".</summary>
public static class RagReasonText
{
    /// <summary>Longer than any reason written here (the longest, "behind schedule: … points below …", is about 60).</summary>
    public const int MaxLength = 100;

    /// <summary>Describes <paramref name="reason"/> with the date and day count that came with it.</summary>
    /// <param name="reason">The rule that decided the rating.</param>
    /// <param name="date">The reason's date (<see cref="ActionRating.ReasonDate"/>).</param>
    /// <param name="days">The reason's day or point count (<see cref="ActionRating.ReasonDays"/>).</param>
    /// <param name="recurring">The action has a recurring timescale, rated per plan-year cycle: an overdue reason says so.</param>
    /// <remarks>
    /// Dates are written "30 Sep 2019". The invariant culture gives the three-letter month: en-GB's own abbreviation
    /// for September is "Sept" in current ICU data, which would make one month of the year look different.
    /// Examples: Overdue, 31 Mar 2022, recurring → "overdue since 31 Mar 2022 (annual cycle)"; CycleDueSoon,
    /// 31 Mar 2021, 21 → "annual cycle due in 21 days (31 Mar 2021), no update in this cycle".
    /// </remarks>
    /// <exception cref="ArgumentException">The reason needs a date or day count that was not given.</exception>
    public static string Describe(RagReason reason, DateOnly? date, int? days, bool recurring = false) => reason switch
    {
        RagReason.Completed => "completed",
        RagReason.Cancelled => "cancelled",
        RagReason.Overdue => $"overdue since {Format(Require(date, reason))}{(recurring ? " (annual cycle)" : "")}",
        RagReason.BehindSchedule => $"behind schedule: {Count(Require(days, reason), "point")} below the expected progress",
        RagReason.Blocked => "blocked: waiting on a partner",
        RagReason.CycleDueSoon => $"annual cycle due {DueIn(Require(days, reason))} ({Format(Require(date, reason))}), no update in this cycle",
        RagReason.DueSoonNotStarted => $"due {DueIn(Require(days, reason))}, not started",
        RagReason.NoDueDateNoUpdate => "no due date and never updated",
        RagReason.Stale => $"no update for {Count(Require(days, reason), "day")}",
        RagReason.StaleNeverUpdated => $"never updated: {Count(Require(days, reason), "day")} since it started on {Format(Require(date, reason))}",
        RagReason.OnTrack => "on track",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown RAG reason."),
    };

    private static string DueIn(int days) => days switch
    {
        0 => "today",
        1 => "tomorrow",
        var n => $"in {Count(n, "day")}",
    };

    private static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Count(int n, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? "" : "s")}");

    private static T Require<T>(T? value, RagReason reason)
        where T : struct =>
        value ?? throw new ArgumentException($"A {reason} reason needs its {(typeof(T) == typeof(DateOnly) ? "date" : "day count")}.", nameof(reason));
}
