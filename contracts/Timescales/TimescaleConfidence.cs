namespace DeliveryTracker.Contracts.Timescales;

/// <summary>
/// How far the dates read from a timescale can be trusted.
/// </summary>
public enum TimescaleConfidence
{
    /// <summary>Exact dates were written, or a whole month or day was given, e.g. "September 2019".</summary>
    High,

    /// <summary>
    /// Dates were inferred from a convention: a financial year, a quarter, a year with no month,
    /// "Annual" taken as the plan year, or "1 July" with the year taken from the plan.
    /// </summary>
    Medium,

    /// <summary>The dates are a guess from partial text, e.g. a season such as "Autumn 2019".</summary>
    Low,

    /// <summary>No dates could be read; the kind is Unknown or ToBeAgreed.</summary>
    None,
}
