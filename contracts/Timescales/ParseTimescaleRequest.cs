using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Timescales;

/// <summary>
/// A timescale text to read without saving anything, against a plan's period: give <c>planId</c>, or
/// <c>periodStart</c> and <c>periodEnd</c>.
/// </summary>
/// <param name="Text">The timescale as written, e.g. "September 2019" or "Ongoing to March 2020".</param>
/// <param name="PlanId">A plan whose period to read the text against.</param>
/// <param name="PeriodStart">First day of the period (instead of a plan): text without a year takes it from here.</param>
/// <param name="PeriodEnd">Last day of the period (instead of a plan): recurring timescales never run past it.</param>
public sealed record ParseTimescaleRequest(
    [StringLength(200)] string? Text,
    Guid? PlanId = null,
    DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasPeriod = PeriodStart is not null || PeriodEnd is not null;
        if (PlanId is not null && hasPeriod)
        {
            yield return new ValidationResult("Give a plan or a period, not both.", ["planId"]);
        }
        else if (PlanId is null && (PeriodStart is null || PeriodEnd is null))
        {
            yield return new ValidationResult("Give a plan, or both ends of a period.", [PeriodStart is null ? "periodStart" : "periodEnd"]);
        }
        else if (PeriodStart > PeriodEnd)
        {
            yield return new ValidationResult("The period must end on or after its start.", ["periodEnd"]);
        }
    }
}
