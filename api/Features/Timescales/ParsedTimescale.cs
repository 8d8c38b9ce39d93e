using DeliveryTracker.Contracts.Timescales;

namespace DeliveryTracker.Api.Features.Timescales;

/// <summary>
/// The reading of one timescale text. The raw text itself is stored separately and never altered.
/// </summary>
/// <param name="Kind">What sort of timescale the text describes.</param>
/// <param name="StartDate">First day of the work, when the text gives or implies one.</param>
/// <param name="DueDate">Last day by which the work is due, when the text gives or implies one.</param>
/// <param name="Confidence">How far the dates can be trusted.</param>
/// <param name="Note">A short human explanation when something was inferred or could not be read; otherwise null.</param>
public sealed record ParsedTimescale(
    TimescaleKind Kind,
    DateOnly? StartDate,
    DateOnly? DueDate,
    TimescaleConfidence Confidence,
    string? Note);
