using System.Globalization;
using DeliveryTracker.Contracts.Kpis;

namespace DeliveryTracker.Api.Features.Kpis;

/// <summary>A KPI rating (a row of <c>kpi_ratings</c>) in the board's words, and as its contract record.</summary>
/// <remarks>
/// Values are written in the KPI's unit: "75%", "1,881", "4.2 per 1,000", "£12,500". Examples: Red, 75 against 90,
/// higher is better, tolerance 5 → "75% against a target of 90%, lower than the amber band (85%–90%)"; without a
/// tolerance → "75% against a target of 90%, below target (no amber band set)".
/// </remarks>
public static class KpiRatingText
{
    /// <summary>
    /// The longest reason <see cref="Describe"/> writes: the longest wording (stale) with a 100-character period label and
    /// three values of numeric(18,4) in the longest unit ("-99,999,999,999,999.9999 per 1,000") stays under it.
    /// </summary>
    public const int MaxLength = 400;

    /// <summary>
    /// The one mapping of a KPI rating row to <see cref="KpiRatingDto"/>, written by hand because
    /// the reason in words needs the date the rating is as of.
    /// </summary>
    public static KpiRatingDto ToDto(this KpiRating rating, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return new KpiRatingDto(
            asOf, rating.Rag, Describe(rating), rating.MeasurementId, rating.PeriodLabel, rating.PeriodEnd, rating.Value, rating.NextExpectedBy);
    }

    /// <summary>Why the KPI has its rating, in words.</summary>
    public static string Describe(KpiRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        var higher = rating.Direction == KpiDirection.HigherIsBetter;
        return rating.Rule switch
        {
            KpiRatingRule.ToBeAgreed => "to be agreed: no agreed definition or target yet",
            KpiRatingRule.NoTarget => rating.Value is { } value
                ? $"monitored without a target: {Format(rating, value)} for {rating.PeriodLabel}"
                : "monitored without a target: no measurement yet",
            KpiRatingRule.NoMeasurement => $"no measurement yet against a target of {Format(rating, Target(rating))}",
            KpiRatingRule.Stale =>
                $"stale: the figure after {rating.PeriodLabel} was expected by {FormatDate(rating.NextExpectedBy)}; " +
                $"the last was {Against(rating)}",
            KpiRatingRule.MetTarget => $"{Against(rating)}, {(higher ? "on or above" : "on or below")} target",
            KpiRatingRule.WithinAmberBand => $"{Against(rating)}, within the amber band ({Band(rating)})",
            KpiRatingRule.BeyondAmberBand => $"{Against(rating)}, {(higher ? "lower" : "higher")} than the amber band ({Band(rating)})",
            KpiRatingRule.MissedTarget => $"{Against(rating)}, {(higher ? "below" : "above")} target (no amber band set)",
            _ => throw new ArgumentOutOfRangeException(nameof(rating), rating.Rule, "Unknown KPI rating rule."),
        };
    }

    private static string Against(KpiRating rating) =>
        $"{Format(rating, rating.Value ?? throw new ArgumentException($"A {rating.Rule} rating needs its value.", nameof(rating)))} against a target of {Format(rating, Target(rating))}";

    /// <summary>The values from the target to the amber limit, lower first: "85%–90%".</summary>
    private static string Band(KpiRating rating)
    {
        var target = Target(rating);
        var tolerance = rating.AmberTolerance ?? 0;
        return rating.Direction == KpiDirection.HigherIsBetter
            ? $"{Format(rating, target - tolerance)}–{Format(rating, target)}"
            : $"{Format(rating, target)}–{Format(rating, target + tolerance)}";
    }

    private static decimal Target(KpiRating rating) =>
        rating.Target ?? throw new ArgumentException($"A {rating.Rule} rating needs its target.", nameof(rating));

    private static string Format(KpiRating rating, decimal value)
    {
        var number = value.ToString("#,##0.####", CultureInfo.InvariantCulture);
        return rating.Unit switch
        {
            KpiUnit.Percent => $"{number}%",
            KpiUnit.RatePerThousand => $"{number} per 1,000",
            KpiUnit.Currency => $"£{number}",
            _ => number,
        };
    }

    private static string FormatDate(DateOnly? date) =>
        date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "now";
}
