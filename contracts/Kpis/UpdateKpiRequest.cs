using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Kpis;

/// <summary>New values for a KPI, replacing all of them (send the ETag of the version you read in <c>If-Match</c>). Every field is required (null for an empty one), so nothing left out is reset.</summary>
/// <remarks>
/// Besides each field's own limits, the lifecycle and the figures must agree (see <see cref="KpiRules.ValidateFigures"/>):
/// Baselined needs a baseline, ToBeAgreed has neither target nor amber tolerance,
/// and an amber tolerance needs a target. Each broken rule is reported against the field to fix.
/// </remarks>
/// <param name="Code">Short code unique across all KPIs, used by feeds to address it: capital letters and digits in hyphen-separated parts (e.g. "CRIME-BURGLARY").</param>
/// <param name="Name">The KPI's name, e.g. "Burglary (recorded crime)".</param>
/// <param name="Unit">What the values count: Count, Percent (0–100), RatePerThousand (per 1,000 residents) or Currency (pounds).</param>
/// <param name="Direction">Whether higher or lower values are better.</param>
/// <param name="Frequency">How often the data is published.</param>
/// <param name="Lifecycle">How far the KPI has got: ToBeAgreed, Defined, Baselined or Reporting.</param>
/// <param name="Description">What is measured and how, in plain words.</param>
/// <param name="Target">The value aimed for, in the KPI's unit; not allowed while ToBeAgreed; a KPI without one (e.g. a crime series the board watches against last year) is monitored, not rated.</param>
/// <param name="AmberTolerance">How far on the wrong side of the target (in the KPI's unit) still counts as Amber rather than Red; 0 or more, and only with a target.</param>
/// <param name="PublicationLagDays">Days after a period ends before its figure is expected (0–730); a figure later than that makes the KPI stale.</param>
/// <param name="Baseline">The starting value the KPI is compared with; required once Baselined.</param>
/// <param name="BaselinePeriod">The period the baseline covers, as written (e.g. "Sep 2018–Aug 2019").</param>
/// <param name="OwnerLeadId">The lead who owns the KPI; must be an existing lead.</param>
/// <param name="DataSource">Where the data comes from (e.g. a police crime category or an LG Inform metric, area and period), so a feed can fill it.</param>
/// <param name="PlanId">The plan the KPI belongs to; null → a KPI shared across plans; a KPI linked to actions of another plan cannot move to this one. Must be an existing plan.</param>
public sealed record UpdateKpiRequest(
    [Required, StringLength(60, MinimumLength = 1), RegularExpression(KpiRules.CodePattern, ErrorMessage = KpiRules.CodeMessage)] string Code,
    [Required, StringLength(300, MinimumLength = 1)] string Name,
    [Required] KpiUnit? Unit,
    [Required] KpiDirection? Direction,
    [Required] KpiFrequency? Frequency,
    [Required] KpiLifecycle? Lifecycle,
    [StringLength(2000)] string? Description,
    [Range(typeof(decimal), KpiRules.MinNumber, KpiRules.MaxNumber, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)] decimal? Target,
    [Range(typeof(decimal), "0", KpiRules.MaxNumber, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)] decimal? AmberTolerance,
    [Range(0, 730)] int PublicationLagDays,
    [Range(typeof(decimal), KpiRules.MinNumber, KpiRules.MaxNumber, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)] decimal? Baseline,
    [StringLength(100)] string? BaselinePeriod,
    Guid? OwnerLeadId,
    [StringLength(500)] string? DataSource,
    Guid? PlanId) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KpiRules.ValidateFigures(Lifecycle, Target, AmberTolerance, Baseline);
}
