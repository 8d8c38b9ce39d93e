using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Actions;

/// <summary>Validation rules shared by action requests.</summary>
public static class ActionRules
{
    /// <summary>A theme-code-like prefix, then letters, digits, dots and hyphens: "SYV-2.1", "VAWG-7.2a".</summary>
    public const string ReferenceCodePattern = "^[A-Z][A-Za-z0-9.\\-]{0,29}$";

    public const string ReferenceCodeMessage = "The reference must start with a capital letter and hold only letters, digits, dots and hyphens (e.g. SYV-2.1).";

    public const int MaxLeads = 20;

    /// <summary>
    /// The rules between the links of one request: each lead, recommendation and KPI once, and at most one primary lead.
    /// Whether they exist is checked against the database by the API.
    /// </summary>
    public static IEnumerable<ValidationResult> ValidateLinks(
        IReadOnlyList<ActionLeadRequest>? leads, IReadOnlyList<int>? recommendationNumbers, IReadOnlyList<Guid>? kpiIds)
    {
        if (leads is not null)
        {
            if (leads.Count(l => l.IsPrimary) > 1)
            {
                yield return new ValidationResult("At most one lead can be primary.", ["leads"]);
            }

            if (Repeated(leads.Select(l => l.LeadId)) is { Count: > 0 } repeatedLeads)
            {
                yield return new ValidationResult($"Each lead can be named once; repeated: {string.Join(", ", repeatedLeads)}.", ["leads"]);
            }
        }

        if (recommendationNumbers is not null && Repeated(recommendationNumbers) is { Count: > 0 } repeatedNumbers)
        {
            yield return new ValidationResult($"Each recommendation can be named once; repeated: {string.Join(", ", repeatedNumbers)}.", ["recommendationNumbers"]);
        }

        if (kpiIds is not null && Repeated(kpiIds) is { Count: > 0 } repeatedKpis)
        {
            yield return new ValidationResult($"Each KPI can be named once; repeated: {string.Join(", ", repeatedKpis)}.", ["kpiIds"]);
        }
    }

    /// <summary>
    /// "Lead to be agreed" means no lead is named yet, so it cannot come with leads: { "leadToBeAgreed": true,
    /// "leads": [{ "leadId": … }] } is refused, naming <c>leadToBeAgreed</c>. Agreeing the lead means sending the leads
    /// with <c>leadToBeAgreed</c> false.
    /// </summary>
    public static IEnumerable<ValidationResult> ValidateLeadToBeAgreed(bool leadToBeAgreed, IReadOnlyList<ActionLeadRequest>? leads)
    {
        if (leadToBeAgreed && leads is { Count: > 0 })
        {
            yield return new ValidationResult("An action whose lead is to be agreed cannot have leads: send no leads, or set leadToBeAgreed to false.", ["leadToBeAgreed"]);
        }
    }

    private static List<T> Repeated<T>(IEnumerable<T> values) =>
        values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
}
