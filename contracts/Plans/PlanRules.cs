using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Plans;

/// <summary>Validation rules shared by plan requests.</summary>
public static class PlanRules
{
    /// <summary>A plan's period ends after it starts (1 April 2019 to 31 March 2022); reported against <c>periodEnd</c>.</summary>
    public static IEnumerable<ValidationResult> ValidatePeriod(DateOnly? start, DateOnly? end)
    {
        if (start is { } first && end is { } last && last <= first)
        {
            yield return new ValidationResult("The period must end after it starts.", ["PeriodEnd"]);
        }
    }
}
