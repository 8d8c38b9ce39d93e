namespace DeliveryTracker.Contracts.Timescales;

/// <summary>
/// What a delivery plan action's timescale text says about when the action happens.
/// The raw text is always kept alongside; this is the reading of it.
/// </summary>
public enum TimescaleKind
{
    /// <summary>Due by a single date, e.g. "September 2019" or "To March 2020". Only the due date is set.</summary>
    ByDate,

    /// <summary>Runs between two dates, e.g. "March 2019 – March 2020" or "2019/20". Start and due dates are both set.</summary>
    Range,

    /// <summary>Has a start but no end, e.g. "Commence September 2019". Only the start date is set.</summary>
    StartOnly,

    /// <summary>Continues with no end date, e.g. "Ongoing", or "February 2019 and ongoing" when a start is known.</summary>
    Ongoing,

    /// <summary>Repeats through each plan year, e.g. "Annual" or "Throughout the year". Dates cover the first plan year.</summary>
    Recurring,

    /// <summary>The timescale has not been decided yet, e.g. "To be agreed" or "TBC". No dates are set.</summary>
    ToBeAgreed,

    /// <summary>The text is empty or could not be read. No dates are set and a note explains why.</summary>
    Unknown,
}
