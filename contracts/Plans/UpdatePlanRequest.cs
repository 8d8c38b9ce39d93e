using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Plans;

/// <summary>
/// A plan's writable fields, replacing them all (send the ETag of the version you read in <c>If-Match</c>): exactly what
/// <see cref="PlanDto"/> shows, every field required, null for an empty one, so nothing left out is reset.
/// </summary>
/// <param name="Title">The plan's title, unique across plans.</param>
/// <param name="PeriodStart">First day of the plan period.</param>
/// <param name="PeriodEnd">Last day of the plan period; after the start.</param>
/// <param name="Status">Draft, Active or Archived. Archive a plan rather than delete it once it has history.</param>
/// <param name="SourceDocument">The document the plan comes from; null for none.</param>
/// <param name="ReviewId">The review whose recommendations the plan answers; null for none.</param>
/// <param name="Settings">RAG rules, reminder windows and board calendar, all of them.</param>
public sealed record UpdatePlanRequest(
    [Required, StringLength(300, MinimumLength = 1)] string Title,
    [Required] DateOnly? PeriodStart,
    [Required] DateOnly? PeriodEnd,
    [Required] PlanStatus? Status,
    [StringLength(500)] string? SourceDocument,
    Guid? ReviewId,
    [Required] PlanSettingsRequest Settings) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => PlanRules.ValidatePeriod(PeriodStart, PeriodEnd);
}
