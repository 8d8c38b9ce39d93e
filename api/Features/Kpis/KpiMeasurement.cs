using DeliveryTracker.Api.Infrastructure.Concurrency;

namespace DeliveryTracker.Api.Features.Kpis;

/// <summary>One reported value of a KPI for a period.</summary>
/// <remarks>
/// The period is kept as written ("Jan–Aug 2020", "12 months to Aug 2020") and as dates (2020-01-01 to 2020-08-31),
/// so the board sees the council's wording and feeds can sort and filter by date.
/// </remarks>
public sealed class KpiMeasurement : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid KpiId { get; set; }

    public required string PeriodLabel { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public decimal Value { get; set; }

    public string? Source { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset RecordedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public uint Version { get; set; }
}
