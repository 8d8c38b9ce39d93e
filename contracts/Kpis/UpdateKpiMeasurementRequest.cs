using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Kpis;

/// <summary>
/// A correction to a measurement, replacing all its values (send the ETag of the version you read in <c>If-Match</c>).
/// Moving it to a period another measurement of the KPI already has is refused (409, naming that one).
/// </summary>
/// <param name="PeriodLabel">The period as written, e.g. "Jan–Aug 2020".</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period; not before <c>periodStart</c>.</param>
/// <param name="Value">The value, in the KPI's unit.</param>
/// <param name="Source">Where the figure was published; null for none.</param>
/// <param name="Note">Anything the reader should know, e.g. why it was corrected; null for none.</param>
public sealed record UpdateKpiMeasurementRequest(
    [Required, StringLength(100, MinimumLength = 1)] string PeriodLabel,
    [Required] DateOnly? PeriodStart,
    [Required] DateOnly? PeriodEnd,
    [Required, Range(typeof(decimal), KpiRules.MinNumber, KpiRules.MaxNumber, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)] decimal? Value,
    [StringLength(500)] string? Source,
    [StringLength(2000)] string? Note) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => KpiRules.ValidatePeriod(PeriodStart, PeriodEnd);
}
