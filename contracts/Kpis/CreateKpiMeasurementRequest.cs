using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Kpis;

/// <summary>
/// A new measurement of a KPI. A KPI has one value per period: a second measurement with the same start and end is
/// refused (409, naming the existing one); correct that one instead.
/// </summary>
/// <param name="PeriodLabel">The period as written, e.g. "Jan–Aug 2020", "2020-Q3" or "12 months to Aug 2020".</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period; not before <c>periodStart</c>.</param>
/// <param name="Value">The value, in the KPI's unit.</param>
/// <param name="Source">Where the figure was published.</param>
/// <param name="Note">Anything the reader should know about the figure.</param>
public sealed record CreateKpiMeasurementRequest(
    [Required, StringLength(100, MinimumLength = 1)] string PeriodLabel,
    [Required] DateOnly? PeriodStart,
    [Required] DateOnly? PeriodEnd,
    [Required, Range(typeof(decimal), KpiRules.MinNumber, KpiRules.MaxNumber, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)] decimal? Value,
    [StringLength(500)] string? Source = null,
    [StringLength(2000)] string? Note = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => KpiRules.ValidatePeriod(PeriodStart, PeriodEnd);
}
