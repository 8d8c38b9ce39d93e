using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Actions;

/// <summary>
/// The new state of an action, replacing the old (send the ETag of the version you read in <c>If-Match</c>): the writable
/// fields of <see cref="ActionDto"/>, every one required. Lists are replaced whole: send every lead, recommendation and
/// KPI the action should keep.
/// </summary>
/// <remarks>
/// A new writable field of an action goes here (the PUT and the PATCH both take this record) and in
/// <c>ActionEndpoints.WriteAsync</c>, where the fields are applied; <see cref="ActionDto"/> must show it for the round trip.
/// </remarks>
/// <param name="ReferenceCode">Short reference unique in the plan.</param>
/// <param name="Text">What is to be done.</param>
/// <param name="Status">Delivery status.</param>
/// <param name="PercentComplete">The lead's estimate of progress, 0–100; null when not known.</param>
/// <param name="KpiText">The KPI column as written in the plan.</param>
/// <param name="Timescale">The timescale as written (<c>raw</c>); its reading and dates are read-only here (correct them with <c>PUT …/timescale</c>).</param>
/// <param name="Leads">Up to 20 leads, each once; at most one primary, and when none is marked the first is primary.</param>
/// <param name="RecommendationNumbers">Numbers of the plan's review recommendations the action answers, each once.</param>
/// <param name="KpiIds">KPIs (of this plan, or shared) that measure the action, each once.</param>
/// <param name="LeadToBeAgreed">The plan says the lead is "To be agreed"; cannot be true when leads are given.</param>
/// <param name="SourceNote">How the text was read where the source was garbled and repaired; null when it is verbatim. Up to 2,000 characters.</param>
public sealed record UpdateActionRequest(
    [Required, StringLength(30, MinimumLength = 1), RegularExpression(ActionRules.ReferenceCodePattern, ErrorMessage = ActionRules.ReferenceCodeMessage)] string ReferenceCode,
    [Required, StringLength(4000, MinimumLength = 1)] string Text,
    [Required] ActionStatus? Status,
    [Range(0, 100)] int? PercentComplete,
    [StringLength(1000)] string? KpiText,
    [Required] ActionTimescaleRequest Timescale,
    [Required, MaxLength(ActionRules.MaxLeads)] IReadOnlyList<ActionLeadRequest> Leads,
    [Required, MaxLength(100)] IReadOnlyList<int> RecommendationNumbers,
    [Required, MaxLength(100)] IReadOnlyList<Guid> KpiIds,
    [Required] bool? LeadToBeAgreed,
    [StringLength(2000)] string? SourceNote) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ActionRules.ValidateLinks(Leads, RecommendationNumbers, KpiIds)
            .Concat(ActionRules.ValidateLeadToBeAgreed(LeadToBeAgreed ?? false, Leads));
}
