namespace DeliveryTracker.Contracts.Timescales;

/// <summary>An action's timescale: the text exactly as written, and what it was read as.</summary>
/// <param name="Raw">The timescale text exactly as written in the plan; null when the cell was empty.</param>
/// <param name="Kind">What sort of timescale the text describes.</param>
/// <param name="StartDate">First day of the work, when known.</param>
/// <param name="DueDate">The day the work is due, when known.</param>
/// <param name="Confidence">How sure the reading is.</param>
/// <param name="IsCorrected">True when a programme manager has set the dates by hand.</param>
/// <param name="Note">What was inferred, or why the text could not be read.</param>
public sealed record TimescaleDto(
    string? Raw,
    TimescaleKind Kind,
    DateOnly? StartDate,
    DateOnly? DueDate,
    TimescaleConfidence Confidence,
    bool IsCorrected,
    string? Note);
