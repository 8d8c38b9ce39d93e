using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Kpis;

/// <summary>Validation rules shared by KPI and measurement requests.</summary>
public static class KpiRules
{
    /// <summary>Capital letters and digits in hyphen-separated parts, starting with a letter (e.g. "CRIME-BURGLARY").</summary>
    public const string CodePattern = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$";

    public const string CodeMessage = "The code must be capital letters and digits in hyphen-separated parts, starting with a letter (e.g. CRIME-BURGLARY).";

    /// <summary>The largest magnitude a numeric(18,4) column holds; anything bigger would overflow in the database.</summary>
    public const string MaxNumber = "99999999999999.9999";

    public const string MinNumber = "-99999999999999.9999";

    /// <summary>
    /// The rules between a KPI's lifecycle and its figures, which each field alone cannot express.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>A target is optional once agreed: a KPI without one (the board report's crime series, watched against the
    /// same period last year) is monitored and never rated; one with a target is rated against it.</item>
    /// <item>Baselined needs a baseline: recording one is what the stage means.</item>
    /// <item>ToBeAgreed has no target and no tolerance: nothing is agreed yet, and a KPI "to be agreed" must never come
    /// out green because a provisional figure happened to be met. Agree it (Defined) and then set the target.</item>
    /// <item>An amber tolerance needs a target: it is a distance from the target.</item>
    /// </list>
    /// Example: { lifecycle: "ToBeAgreed", target: 90 } → 400 naming <c>target</c>.
    /// </remarks>
    public static IEnumerable<ValidationResult> ValidateFigures(KpiLifecycle? lifecycle, decimal? target, decimal? amberTolerance, decimal? baseline)
    {
        if (lifecycle is KpiLifecycle.Baselined && baseline is null)
        {
            yield return new ValidationResult("A baselined KPI needs its baseline value.", ["baseline"]);
        }

        if (lifecycle is KpiLifecycle.ToBeAgreed && target is not null)
        {
            yield return new ValidationResult("A KPI that is still to be agreed cannot have a target; agree it (Defined) first.", ["target"]);
        }

        if (amberTolerance is not null && target is null)
        {
            yield return new ValidationResult("An amber tolerance is a distance from the target; set a target or leave the tolerance out.", ["amberTolerance"]);
        }
    }

    /// <summary>A measurement's period cannot end before it starts.</summary>
    public static IEnumerable<ValidationResult> ValidatePeriod(DateOnly? periodStart, DateOnly? periodEnd)
    {
        if (periodStart is { } start && periodEnd is { } end && end < start)
        {
            yield return new ValidationResult($"The period cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", ["periodEnd"]);
        }
    }
}
