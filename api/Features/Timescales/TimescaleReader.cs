using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.Plans;
using DeliveryTracker.Api.Infrastructure.Text;

namespace DeliveryTracker.Api.Features.Timescales;

/// <summary>
/// Reads an action's timescale text into dates against its plan's period: the one write rule for timescales, used by
/// the action endpoints, the demo seeder and (to come) importers.
/// </summary>
/// <remarks>
/// The text is kept as written (a blank cell as null) and what <see cref="TimescaleParser"/> reads from it replaces the
/// kind, dates, confidence and note. In a plan running 1 Apr 2019 – 31 Mar 2022, "September 2019" is kept as written
/// and read as due 2019-09-30. Dates a person corrected by hand give way: a new reading is not corrected.
/// </remarks>
public static class TimescaleReader
{
    /// <summary>Stores <paramref name="raw"/> in <paramref name="timescale"/> and sets what it reads as in <paramref name="plan"/>'s period.</summary>
    public static void Read(Timescale timescale, string? raw, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(timescale);
        ArgumentNullException.ThrowIfNull(plan);
        raw = TextInput.NullIfBlank(raw);
        var parsed = TimescaleParser.Parse(raw, plan.PeriodStart, plan.PeriodEnd);
        timescale.Raw = raw;
        timescale.Kind = parsed.Kind;
        timescale.StartDate = parsed.StartDate;
        timescale.DueDate = parsed.DueDate;
        timescale.Confidence = parsed.Confidence;
        timescale.Note = parsed.Note;
        timescale.IsCorrected = false;
    }

    /// <summary>Whether <paramref name="raw"/> is the text <paramref name="timescale"/> already holds (blank and null alike), so it need not be read again.</summary>
    public static bool HoldsText(Timescale timescale, string? raw)
    {
        ArgumentNullException.ThrowIfNull(timescale);
        return string.Equals(TextInput.NullIfBlank(raw), timescale.Raw, StringComparison.Ordinal);
    }
}
