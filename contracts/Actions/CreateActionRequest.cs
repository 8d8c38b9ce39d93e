using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Actions;

/// <summary>A new action for an objective.</summary>
/// <param name="Text">What is to be done, as the plan words it.</param>
/// <param name="ReferenceCode">Short reference unique in the plan; omitted → the theme code, the objective's position and the next free number (SYV-2.3).</param>
/// <param name="Status">Delivery status; omitted → NotStarted.</param>
/// <param name="PercentComplete">The lead's estimate of progress, 0–100, if known.</param>
/// <param name="KpiText">The KPI column as written in the plan.</param>
/// <param name="Timescale">The timescale as written ("September 2019", "Ongoing"); it is kept as written and read against the plan's period.</param>
/// <param name="Leads">Up to 20 leads, each once; at most one primary, and when none is marked the first is primary.</param>
/// <param name="RecommendationNumbers">Numbers of the plan's review recommendations the action answers, each once.</param>
/// <param name="KpiIds">KPIs (of this plan, or shared) that measure the action, each once.</param>
/// <param name="Position">Where to put it in the objective, from 1; omitted → last. Later actions move down.</param>
/// <param name="LeadToBeAgreed">The plan says the lead is "To be agreed"; omitted → false. Cannot be true when leads are given.</param>
/// <param name="SourceNote">How the text was read where the source was garbled and repaired, if it was; up to 2,000 characters.</param>
public sealed record CreateActionRequest(
    [Required, StringLength(4000, MinimumLength = 1)] string Text,
    [StringLength(30, MinimumLength = 1), RegularExpression(ActionRules.ReferenceCodePattern, ErrorMessage = ActionRules.ReferenceCodeMessage)] string? ReferenceCode = null,
    ActionStatus Status = ActionStatus.NotStarted,
    [Range(0, 100)] int? PercentComplete = null,
    [StringLength(1000)] string? KpiText = null,
    [StringLength(200)] string? Timescale = null,
    [MaxLength(ActionRules.MaxLeads)] IReadOnlyList<ActionLeadRequest>? Leads = null,
    [MaxLength(100)] IReadOnlyList<int>? RecommendationNumbers = null,
    [MaxLength(100)] IReadOnlyList<Guid>? KpiIds = null,
    [Range(1, 1000)] int? Position = null,
    bool LeadToBeAgreed = false,
    [StringLength(2000)] string? SourceNote = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ActionRules.ValidateLinks(Leads, RecommendationNumbers, KpiIds)
            .Concat(ActionRules.ValidateLeadToBeAgreed(LeadToBeAgreed, Leads));
}
