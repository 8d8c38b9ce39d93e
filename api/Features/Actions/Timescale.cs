using DeliveryTracker.Contracts.Timescales;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>
/// An action's timescale, stored in the action's row: the raw text exactly as written and what it was read as.
/// </summary>
/// <remarks>
/// "September 2019" is kept as written and read as due 2019-09-30. When a programme manager corrects the dates,
/// <see cref="IsCorrected"/> is set and the raw text stays, so the plan can still be printed as the council wrote it.
/// </remarks>
public sealed class Timescale
{
    public string? Raw { get; set; }

    public TimescaleKind Kind { get; set; } = TimescaleKind.Unknown;

    public DateOnly? StartDate { get; set; }

    public DateOnly? DueDate { get; set; }

    public TimescaleConfidence Confidence { get; set; } = TimescaleConfidence.None;

    public bool IsCorrected { get; set; }

    public string? Note { get; set; }
}
