namespace DeliveryTracker.Contracts.Kpis;

/// <summary>One reported value of a KPI for a period.</summary>
/// <param name="Id">The measurement's id.</param>
/// <param name="KpiId">The KPI it measures.</param>
/// <param name="PeriodLabel">The period as written, e.g. "Jan–Aug 2020" or "12 months to Aug 2020".</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period.</param>
/// <param name="Value">The value, in the KPI's unit.</param>
/// <param name="Source">Where the figure was published, e.g. "RBKC Safer Neighbourhood Board report, Nov 2020".</param>
/// <param name="Note">Anything the reader should know about the figure.</param>
/// <param name="RecordedAt">When the measurement was first recorded (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC), e.g. by a correction.</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header: send it back in <c>If-Match</c> to change the resource.</param>
public sealed record KpiMeasurementDto(
    Guid Id,
    Guid KpiId,
    string PeriodLabel,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal Value,
    string? Source,
    string? Note,
    DateTimeOffset RecordedAt,
    DateTimeOffset UpdatedAt,
    string Etag);
